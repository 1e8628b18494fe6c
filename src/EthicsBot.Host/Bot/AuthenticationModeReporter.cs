namespace EthicsBot.Host.Bot;

/// <summary>
/// Says at start-up which authentication mode the bot runs in. Local anonymous mode accepts unsigned
/// requests, which is right for the Playground and wrong anywhere else, so it is logged as a warning.
/// </summary>
internal sealed class AuthenticationModeReporter(IConfiguration configuration, ILogger<AuthenticationModeReporter> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var appId = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(appId))
        {
            Log.AnonymousMode(logger);
        }
        else
        {
            Log.AuthenticatedMode(logger, appId, configuration["MicrosoftAppType"] ?? "MultiTenant");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
