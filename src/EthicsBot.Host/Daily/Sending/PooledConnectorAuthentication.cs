namespace EthicsBot.Host.Daily.Sending;

using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

/// <summary>The host's Bot Framework authentication, with connector factories that pool their clients (see <see cref="PooledConnectorFactory"/>).</summary>
internal sealed class PooledConnectorAuthentication(BotFrameworkAuthentication inner, TimeProvider timeProvider) : BotFrameworkAuthentication
{
    private readonly ConcurrentDictionary<string, Lazy<ConnectorFactory>> factories = new(StringComparer.Ordinal);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity)
    {
        ArgumentNullException.ThrowIfNull(claimsIdentity);
        // Proactive identities differ only by the bot's app id (the audience claim).
        var key = claimsIdentity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? string.Empty;
        return factories.GetOrAdd(key, _ => new Lazy<ConnectorFactory>(() =>
            new PooledConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), timeProvider))).Value;
    }

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
}
