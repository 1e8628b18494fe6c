namespace EthicsBot.Host.Bot.Edge;

using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

/// <summary>
/// The Bot Connector's signing keys, fetched in the background and never on a request's path: a request whose key is
/// not known yet is refused at once and starts a refresh, so an unreachable or hanging identity service costs one
/// bounded fetch in the background instead of every request waiting on it. Failures are remembered for
/// <see cref="RetryAfterFailure"/> so a burst of forged tokens cannot make the bot hammer the metadata endpoint.
/// </summary>
public sealed class ChannelSigningKeys
{
    public const string DefaultMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromHours(12);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> manager;
    private readonly TimeProvider time;
    private readonly ILogger<ChannelSigningKeys> logger;
    private readonly Lock gate = new();
    private volatile IReadOnlyList<SecurityKey> keys = [];
    private DateTimeOffset nextAttempt = DateTimeOffset.MinValue;
    private Task refreshing = Task.CompletedTask;

    public ChannelSigningKeys(IConfiguration configuration, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<ChannelSigningKeys> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        MetadataUrl = configuration["ToBotFromChannelOpenIdMetadataUrl"] is { Length: > 0 } url ? url : DefaultMetadataUrl;
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(nameof(ChannelSigningKeys)))
        {
            RequireHttps = MetadataUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
        };
        manager = new ConfigurationManager<OpenIdConnectConfiguration>(MetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever);
        this.time = time;
        this.logger = logger;
    }

    public string MetadataUrl { get; }

    /// <summary>The keys last fetched successfully; empty until the first fetch succeeds.</summary>
    public IReadOnlyList<SecurityKey> Current
    {
        get
        {
            if (time.GetUtcNow() >= nextAttempt)
            {
                Refresh();
            }

            return keys;
        }
    }

    /// <summary>Starts a fetch unless one is running or the last one failed moments ago. Never waits for it.</summary>
    public Task Refresh(bool force = false)
    {
        lock (gate)
        {
            if (!refreshing.IsCompleted || (!force && time.GetUtcNow() < nextAttempt))
            {
                return refreshing;
            }

            nextAttempt = time.GetUtcNow() + RetryAfterFailure;
            refreshing = FetchAsync();
            return refreshing;
        }
    }

    private async Task FetchAsync()
    {
        try
        {
            if (keys.Count > 0)
            {
                // Past the first fetch the manager would serve its cached copy; ask it for a fresh one.
                manager.RequestRefresh();
            }

            var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
            keys = [.. configuration.SigningKeys];
            lock (gate)
            {
                nextAttempt = time.GetUtcNow() + RefreshEvery;
            }

            Log.SigningKeysFetched(logger, keys.Count);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Keep the last good keys; a failed refresh is retried after RetryAfterFailure.
            Log.SigningKeysUnavailable(logger, ex.GetType().Name);
        }
    }
}
