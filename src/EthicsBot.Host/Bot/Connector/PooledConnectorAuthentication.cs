namespace EthicsBot.Host.Bot.Connector;

using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

/// <summary>
/// The host's Bot Framework authentication for every turn, replies and proactive sends alike, with its clients pooled: connector clients (see
/// <see cref="PooledConnectorFactory"/>) and the user-token client every turn gets whether it needs one or not. Building
/// that one per send cost more CPU than the send itself (a service client reads assembly attributes and platform details
/// for its user agent on construction). Pooled clients are renewed after <see cref="PooledConnectorFactory.Lifetime"/>.
/// </summary>
public sealed class PooledConnectorAuthentication(BotFrameworkAuthentication inner, TimeProvider timeProvider) : BotFrameworkAuthentication
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

    /// <summary>
    /// A chat turn's connector factory comes with its authentication result, not from <see cref="CreateConnectorFactory"/>,
    /// so the result's factory is swapped for the pooled one of the same identity: replies share the pool with pushes.
    /// </summary>
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        var fresh = result.ConnectorFactory;
        if (fresh is not null && result.ClaimsIdentity is { } identity)
        {
            result.ConnectorFactory = factories.GetOrAdd(Key(identity), _ => new Lazy<ConnectorFactory>(() =>
                new PooledConnectorFactory(fresh, timeProvider))).Value;
        }

        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);


    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    // Channel and proactive identities differ only by the bot's app id (the audience claim); in local anonymous mode
    // there is none, and one pool serves every turn.
    private static string Key(ClaimsIdentity claimsIdentity)
    {
        ArgumentNullException.ThrowIfNull(claimsIdentity);
        return claimsIdentity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? string.Empty;
    }
}
