namespace EthicsBot.Host.Bot;

using System.Diagnostics;
using EthicsBot.Host.Bot.Connector;
using EthicsBot.Host.Bot.Edge;
using EthicsBot.Host.Telemetry;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

public static class BotHostServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework adapter and its authentication, configured from the standard keys
    /// (MicrosoftAppType, MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId).
    /// </summary>
    public static IServiceCollection AddBotHost(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ServiceUrlOptions>()
            .BindConfiguration(ServiceUrlOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ServiceUrls>();
        services.AddSingleton<ChannelSigningKeys>();
        services.AddSingleton<ChannelTokenGate>();
        services.AddHostedService<SigningKeysWarmup>();
        services.AddHttpClient();
        // Every outgoing call (replies, pushes, identity metadata) gets a bound: a peer that accepts the connection and
        // never answers costs one timeout, not the 100 s default.
        // The factory's request logging is dropped: appsettings keeps System.Net.Http at Warning anyway (four lines per
        // request otherwise), and its handlers still opened a logging scope for every reply and push card. Failures are
        // logged by the callers, with ids.
        services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers().ConfigureHttpClient((sp, client) =>
            client.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ServiceUrlOptions>>().Value.ConnectorTimeout));
        // Channel tokens come through the host's HTTP stack (its timeout, its handlers) rather than a client of MSAL's own;
        // the credentials built from this factory are kept with the pooled connector clients, so MSAL's token cache
        // serves every reply and push of one app id and audience until the token nears expiry.
        services.AddSingleton<ServiceClientCredentialsFactory>(sp => new ConfigurationServiceClientCredentialFactory(
            configuration,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ServiceClientCredentialsFactory)),
            sp.GetRequiredService<ILogger<ServiceClientCredentialsFactory>>()));
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<PooledConnectorAuthentication>();
        services.AddSingleton<EthicsBotAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<EthicsBotAdapter>());
        services.AddHostedService<AuthenticationModeReporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", async (HttpContext context, EthicsBotAdapter adapter, Microsoft.Bot.Builder.IBot bot,
            ServiceUrls serviceUrls, ChannelTokenGate tokens, BotMetrics metrics, ILogger<ServiceUrls> logger, CancellationToken cancellationToken) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var span = BotMetrics.Source.StartActivity("turn");
            var kind = "unknown";
            try
            {
                if (tokens.Enabled && await tokens.RejectAsync(context.Request.Headers.Authorization.ToString()) is { } reason)
                {
                    Log.TokenRejected(logger, reason);
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }

                var verdict = await ActivityGate.CheckAsync(context.Request, serviceUrls, logger, cancellationToken);
                kind = BotMetrics.KindOf(verdict.Type, verdict.Name);
                if (verdict is not { Refusal: null, Activity: { } activity })
                {
                    await (verdict.Refusal ?? Results.BadRequest()).ExecuteAsync(context);
                    return;
                }

                await adapter.ProcessAsync(context, activity, bot, cancellationToken);
            }
            finally
            {
                var outcome = context.Response.StatusCode switch { < 400 => "ok", 401 => "unauthorized", < 500 => "refused", _ => "error" };
                span?.SetTag("ethicsbot.kind", kind);
                span?.SetTag("ethicsbot.outcome", outcome);
                metrics.Turn(kind, outcome, Stopwatch.GetElapsedTime(started));
            }
        });
        return endpoints;
    }
}
