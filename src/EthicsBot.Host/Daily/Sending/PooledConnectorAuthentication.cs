namespace EthicsBot.Host.Daily.Sending;

using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

/// <summary>
/// The host's Bot Framework authentication for proactive turns, with their clients pooled: connector clients (see
/// <see cref="PooledConnectorFactory"/>) and the user-token client every turn gets whether it needs one or not. Building
/// that one per send cost more CPU than the send itself (a service client reads assembly attributes and platform details
/// for its user agent on construction). Pooled clients are renewed after <see cref="PooledConnectorFactory.Lifetime"/>.
/// </summary>
internal sealed class PooledConnectorAuthentication(BotFrameworkAuthentication inner, TimeProvider timeProvider) : BotFrameworkAuthentication
{
    private readonly ConcurrentDictionary<string, Lazy<ConnectorFactory>> factories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (Task<UserTokenClient> Client, DateTimeOffset Expires)> userTokenClients = new(StringComparer.Ordinal);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        factories.GetOrAdd(Key(claimsIdentity), _ => new Lazy<ConnectorFactory>(() =>
            new PooledConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), timeProvider))).Value;

    public override async Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var entry = userTokenClients.AddOrUpdate(
            Key(claimsIdentity),
            _ => (inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None), now + PooledConnectorFactory.Lifetime),
            (_, current) => current.Expires > now && !current.Client.IsFaulted && !current.Client.IsCanceled
                ? current
                : (inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None), now + PooledConnectorFactory.Lifetime));
        return new SharedUserTokenClient(await entry.Client.WaitAsync(cancellationToken));
    }

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);


    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    // Proactive identities differ only by the bot's app id (the audience claim).
    private static string Key(ClaimsIdentity claimsIdentity)
    {
        ArgumentNullException.ThrowIfNull(claimsIdentity);
        return claimsIdentity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? string.Empty;
    }
}
