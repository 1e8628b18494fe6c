namespace EthicsBot.Host.Bot.Edge;

using System.ComponentModel.DataAnnotations;

/// <summary>Section "Bot": which Bot Connector service URLs the bot may reply and push to.</summary>
public sealed class ServiceUrlOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    /// <summary>
    /// Trusted service URLs as "https://host/" or "https://*.domain/" (a wildcard covers subdomains). Empty means the
    /// defaults: the public Bot Connector hosts with an app id, loopback only in local anonymous mode.
    /// </summary>
    public IList<string> AllowedServiceUrls { get; } = [];

    /// <summary>Longest a reply or push to the Bot Connector may take before it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var entry in AllowedServiceUrls)
        {
            if (!ServiceUrlPattern.TryParse(entry, out _))
            {
                yield return new ValidationResult(
                    $"Bot:AllowedServiceUrls entry '{entry}' must be an absolute http(s) URL such as https://smba.trafficmanager.net/ or https://*.botframework.com/",
                    [nameof(AllowedServiceUrls)]);
            }
        }
    }
}
