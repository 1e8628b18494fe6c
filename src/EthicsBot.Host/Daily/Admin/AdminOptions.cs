namespace EthicsBot.Host.Daily.Admin;

using System.ComponentModel.DataAnnotations;

/// <summary>The admin HTTP API. It exists only when <see cref="ApiKey"/> is set.</summary>
public sealed class AdminOptions : IValidatableObject
{
    private const int MinimumKeyLength = 12;

    public const string SectionName = "Admin";

    /// <summary>The bearer token admin requests must carry; empty turns the admin API off (its routes answer 404).</summary>
    /// <value>empty</value>
    public string? ApiKey { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(ApiKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && ApiKey!.Trim().Length < MinimumKeyLength)
        {
            yield return new ValidationResult(
                $"Admin:ApiKey must be at least {MinimumKeyLength} characters; leave it empty to turn the admin API off.", [nameof(ApiKey)]);
        }
    }
}
