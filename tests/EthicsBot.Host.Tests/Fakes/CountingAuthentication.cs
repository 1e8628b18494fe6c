namespace EthicsBot.Host.Tests.Fakes;

using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

/// <summary>Counts what the pool asks of the real authentication.</summary>
public sealed class CountingAuthentication
{
    private int factories;
    private int clients;

    public int Factories => factories;
    public int Clients => clients;

    public BotFrameworkAuthentication Wrap(BotFrameworkAuthentication inner) => new Auth(inner, this);

    public ConnectorFactory Count(ConnectorFactory factory) => new Factory(factory, this);

    private sealed class Auth(BotFrameworkAuthentication inner, CountingAuthentication counts) : BotFrameworkAuthentication
    {
        public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity)
        {
            Interlocked.Increment(ref counts.factories);
            return new Factory(inner.CreateConnectorFactory(claimsIdentity), counts);
        }

        public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
            inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

        public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
        {
            var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
            result.ConnectorFactory = counts.Count(result.ConnectorFactory);
            return result;
        }

        public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
            inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

        public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

        public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

        public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
            inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
    }

    private sealed class Factory(ConnectorFactory inner, CountingAuthentication counts) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counts.clients);
            return inner.CreateAsync(serviceUrl, audience, cancellationToken);
        }
    }
}
