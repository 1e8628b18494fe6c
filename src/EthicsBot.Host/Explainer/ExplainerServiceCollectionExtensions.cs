namespace EthicsBot.Host.Explainer;

using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Host.Admin;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

public static class ExplainerServiceCollectionExtensions
{
    public const string HttpClientName = "explainer";

    /// <summary>
    /// The Azure OpenAI explainer when Explainer:Endpoint and Explainer:Deployment are set (API key, or managed
    /// identity when the key is empty); otherwise the bot answers offline only. Call after AddDialogs.
    /// </summary>
    public static IServiceCollection AddExplainer(this IServiceCollection services)
    {
        // HybridCache keeps answers in memory and, through IDistributedCache, in the database.
        services.AddHybridCache();
        services.TryAddSingleton<Microsoft.Extensions.Caching.Distributed.IDistributedCache, DocumentStoreCache>();
        services.AddHttpClient(HttpClientName).AddResilienceHandler("explainer", (pipeline, context) =>
        {
            var budget = TimeSpan.FromSeconds(context.ServiceProvider.GetRequiredService<IOptions<ExplainerOptions>>().Value.TimeoutSeconds);
            pipeline
                .AddTimeout(budget)
                .AddRetry(new HttpRetryStrategyOptions
                {
                    // One quick retry for a 5xx or a dropped connection; a 429 is not retried here but waited out (AzureOpenAIExplainer).
                    MaxRetryAttempts = 1,
                    Delay = TimeSpan.FromMilliseconds(300),
                    BackoffType = DelayBackoffType.Constant,
                    ShouldRetryAfterHeader = false,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { StatusCode: >= System.Net.HttpStatusCode.InternalServerError }
                        || args.Outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException),
                })
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    // Default handling counts 429, 5xx, timeouts and connection failures; after half of four calls fail the
                    // model is left alone for 30 s and users get the offline answer at once.
                    FailureRatio = 0.5,
                    MinimumThroughput = 4,
                    SamplingDuration = TimeSpan.FromSeconds(60),
                    BreakDuration = TimeSpan.FromSeconds(30),
                })
                .AddTimeout(budget / 2);
        });
        services.TryAddSingleton(sp => CreateChatClient(sp));
        services.RemoveAll<IExplainer>();
        services.AddSingleton<IExplainer>(sp => sp.GetRequiredService<IOptions<ExplainerOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<AzureOpenAIExplainer>(sp)
            : new NoExplainer());
        services.AddAdminFeature<ExplainerAdminEndpoints>();
        return services;
    }

    private static IChatClient CreateChatClient(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<ExplainerOptions>>().Value;
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var clientOptions = new AzureOpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(http),
            // Polly in the HTTP client owns retries and time limits; the SDK's own would multiply them.
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
        };
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("Explainer:Endpoint is not set.");
        var client = string.IsNullOrWhiteSpace(settings.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(settings.ApiKey), clientOptions);
        return client.GetChatClient(settings.Deployment).AsIChatClient();
    }
}
