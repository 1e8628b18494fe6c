namespace EthicsBot.Dialogs.Explainer;

using System.ComponentModel.DataAnnotations;

/// <summary>
/// The "Explainer" section. With Endpoint and Deployment set, free questions and "why" also go to Azure OpenAI;
/// ApiKey empty means managed identity (Azure.Identity). Everything else has a default.
/// </summary>
public sealed class ExplainerOptions : IValidatableObject
{
    public const string SectionName = "Explainer";

    /// <summary>The Azure OpenAI resource, e.g. https://my-resource.openai.azure.com/.</summary>
    public Uri? Endpoint { get; set; }

    public string? Deployment { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Model explanations per user per local day; "why" answers served from the cache count too.</summary>
    [Range(1, 1000)]
    public int DailyLimitPerUser { get; set; } = 20;

    /// <summary>Budget for one explanation, retries included; the issue caps it at 10 s.</summary>
    [Range(1, 10)]
    public int TimeoutSeconds { get; set; } = 8;

    [Range(50, 2000)]
    public int MaxOutputTokens { get; set; } = 400;

    /// <summary>How long a "why" explanation stays cached (it depends only on content, which the key includes).</summary>
    [Range(1, 365)]
    public int CacheDays { get; set; } = 30;

    public bool IsConfigured => Endpoint is not null && !string.IsNullOrWhiteSpace(Deployment);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Endpoint is not null && (!Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttps && !Endpoint.IsLoopback)))
        {
            yield return new ValidationResult("Explainer:Endpoint must be an absolute https URL (http only on loopback, for tests).", [nameof(Endpoint)]);
        }

        if (Endpoint is not null && string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult("Explainer:Deployment is required when Explainer:Endpoint is set.", [nameof(Deployment)]);
        }

        if (Endpoint is null && !string.IsNullOrWhiteSpace(Deployment))
        {
            yield return new ValidationResult("Explainer:Endpoint is required when Explainer:Deployment is set.", [nameof(Endpoint)]);
        }
    }
}
