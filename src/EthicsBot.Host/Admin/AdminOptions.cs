namespace EthicsBot.Host.Admin;

using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

/// <summary>The admin HTTP API and page. They exist only when at least one key is configured.</summary>
public sealed partial class AdminOptions : IValidatableObject
{
    public const string SectionName = "Admin";

    /// <summary>The name the single legacy <see cref="ApiKey"/> is audited under.</summary>
    public const string DefaultKeyName = "default";

    private const int MinimumKeyLength = 12;

    /// <summary>The legacy single key, audited as "default"; kept so existing deployments go on working.</summary>
    /// <value>empty</value>
    public string? ApiKey { get; set; }

    /// <summary>Named keys: <c>Admin:Keys:&lt;name&gt;:Key</c>, optionally <c>Admin:Keys:&lt;name&gt;:Unit</c> for a unit scope.</summary>
    /// <value>none</value>
    public Dictionary<string, AdminKeyOptions> Keys { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The largest request body an admin endpoint accepts (a workbook upload is the big one); larger gets 413.</summary>
    /// <value>10 MiB</value>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 10L * 1024 * 1024;

    public bool Enabled => !string.IsNullOrEmpty(ApiKey) || Keys.Values.Any(k => !string.IsNullOrEmpty(k.Key));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(ApiKey) && ApiKey.Trim().Length < MinimumKeyLength)
        {
            yield return new ValidationResult(
                $"Admin:ApiKey must be at least {MinimumKeyLength} characters; leave it empty to turn the admin API off.", [nameof(ApiKey)]);
        }

        if (!string.IsNullOrEmpty(ApiKey) && Keys.ContainsKey(DefaultKeyName))
        {
            yield return new ValidationResult(
                $"Admin:ApiKey is the key named '{DefaultKeyName}'; do not also set Admin:Keys:{DefaultKeyName}.", [nameof(Keys)]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(ApiKey))
        {
            seen.Add(ApiKey);
        }

        foreach (var (name, key) in Keys)
        {
            if (!KeyName().IsMatch(name))
            {
                yield return new ValidationResult($"Admin:Keys:{name}: a key name may hold letters, digits, '.', '_' and '-' only (at most 40).", [nameof(Keys)]);
            }

            if (string.IsNullOrEmpty(key.Key) || key.Key.Trim().Length < MinimumKeyLength)
            {
                yield return new ValidationResult($"Admin:Keys:{name}:Key must be at least {MinimumKeyLength} characters.", [nameof(Keys)]);
            }
            else if (!seen.Add(key.Key))
            {
                yield return new ValidationResult($"Admin:Keys:{name}:Key is the same as another admin key; every key must be different.", [nameof(Keys)]);
            }

            if (key.Unit is { } unit && string.IsNullOrWhiteSpace(unit))
            {
                yield return new ValidationResult($"Admin:Keys:{name}:Unit is blank; give a unit id or remove the setting.", [nameof(Keys)]);
            }
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,40}$")]
    private static partial Regex KeyName();
}

/// <summary>One named admin key.</summary>
public sealed class AdminKeyOptions
{
    /// <summary>The bearer token; at least 12 characters.</summary>
    public string? Key { get; set; }

    /// <summary>The unit this key is limited to (a unit id); none means the whole deployment.</summary>
    public string? Unit { get; set; }
}
