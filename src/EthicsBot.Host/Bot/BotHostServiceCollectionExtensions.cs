namespace EthicsBot.Host.Bot;

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
        services.AddHttpClient();
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<EthicsBotAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<EthicsBotAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<EthicsBotAdapter>());
        services.AddHostedService<AuthenticationModeReporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter,
                Microsoft.Bot.Builder.IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
        return endpoints;
    }
}
