namespace EthicsBot.Host.Tests.Bot;

using System.Security.Claims;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Replies go through pooled connector clients: many turns, one client per service URL.</summary>
public sealed class ReplyConnectorPoolTests : ConnectedHostTest
{
    [Fact]
    public async Task PostMessages_ManyTurnsFromTwoUsers_BuildOneConnectorClient()
    {
        var counting = new CountingAuthentication();
        var client = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<BotFrameworkAuthentication>(sp => counting.Wrap(ActivatorUtilities.CreateInstance<ConfigurationBotFrameworkAuthentication>(sp)))))
            .CreateClient();

        for (var i = 0; i < 4; i++)
        {
            await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help", userId: "user-1"));
            await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help", userId: "user-2"));
        }

        var sent = await Connector.WaitForAsync(8);
        Assert.True(sent.Count >= 8);
        // The real authentication builds a connector factory with every authenticated request; the pool asks the
        // first one it keeps for one client, and every later reply reuses that client.
        Assert.Equal(1, counting.Clients);
    }

    /// <summary>Counts what the pool asks of the real authentication.</summary>
    private sealed class CountingAuthentication
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
}
