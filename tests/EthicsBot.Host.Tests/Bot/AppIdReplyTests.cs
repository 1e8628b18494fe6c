namespace EthicsBot.Host.Tests.Bot;

using System.Net;
using System.Net.Http.Headers;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// With an app id, a turn signed by the channel is answered with the bot's own channel token: requested once from the
/// login authority for the app id and audience, then reused by every reply through the one pooled connector client.
/// </summary>
public sealed class AppIdReplyTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000b2";
    private const string ChannelAudience = "https://api.botframework.com";
    private readonly BotHostFactory host = new();
    private readonly CountingAuthentication counting = new();
    private readonly CapturedLogs logs = new();
    private WebApplicationFactory<Program> factory = null!;
    private FakeIdentityProvider identity = null!;
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        identity = await FakeIdentityProvider.StartAsync();
        connector = await FakeConnector.StartAsync();
        // The public cloud's configuration: nothing but the app's credentials; its endpoints resolve to the fakes.
        host.Settings["MicrosoftAppId"] = AppId;
        host.Settings["MicrosoftAppPassword"] = "not-a-real-secret";
        host.Settings["MicrosoftAppType"] = "MultiTenant";
        host.Settings["Bot:AllowedServiceUrls:0"] = connector.ServiceUrl.ToString();
        factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(identity.PublicCloudHandler));
            services.AddSingleton<BotFrameworkAuthentication>(sp =>
                counting.Wrap(new InboundStandIn(ActivatorUtilities.CreateInstance<ConfigurationBotFrameworkAuthentication>(sp))));
        }));
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await host.DisposeAsync();
        await connector.DisposeAsync();
        await identity.DisposeAsync();
    }

    [Fact]
    public async Task PostMessages_SignedTurnsFromTwoUsers_RepliesCarryOneCachedChannelToken()
    {
        var client = await ReadyClientAsync();

        for (var i = 0; i < 3; i++)
        {
            foreach (var user in new[] { "user-1", "user-2" })
            {
                var response = await SendAsync(client, user, "help");
                Assert.True(response.IsSuccessStatusCode, $"turn {i} of {user}: {(int)response.StatusCode}");
            }
        }

        var requests = await connector.WaitForRequestsAsync(6);
        Assert.All(requests, r => Assert.Equal("Bearer channel-token-1", r.Authorization));
        var token = Assert.Single(identity.TokenRequests);
        Assert.Equal(AppId, token.ClientId);
        Assert.Equal(ChannelAudience + "/.default", token.Scope);
        Assert.Equal(1, counting.Clients);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Unhandled error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostMessage_TokenForAnotherBot_Is401AndNothingIsSent()
    {
        var client = await ReadyClientAsync();

        var response = await SendAsync(client, "user-1", "help", audience: "00000000-0000-0000-0000-0000000000ff");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Requests);
        Assert.Empty(identity.TokenRequests);
    }

    // The signing keys are fetched in the background at start; until they arrive every token is refused (by design).
    private async Task<HttpClient> ReadyClientAsync()
    {
        var client = factory.CreateClient();
        var keys = factory.Services.GetRequiredService<EthicsBot.Host.Bot.Edge.ChannelSigningKeys>();
        await EthicsBot.Host.Tests.Daily.Eventually.HoldsAsync(() => Task.FromResult(keys.Current.Count > 0));
        return client;
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient client, string userId, string text, string audience = AppId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Activities.Message(connector.ServiceUrl, text, userId: userId)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", identity.Mint(audience, connector.ServiceUrl));
        return client.SendAsync(request);
    }

    /// <summary>
    /// The Bot Framework checks an inbound token again with OpenID metadata it fetches through a static HttpClient of its
    /// own, which cannot be pointed at a local identity service over TLS. This stands in for that second check only
    /// (the host's gate in front of it verifies the token for real): it builds the identity the Bot Framework would,
    /// and asks the real authentication for the connector factory, so every outbound step is the real code.
    /// </summary>
    private sealed class InboundStandIn(BotFrameworkAuthentication real) : BotFrameworkAuthentication
    {
        public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Microsoft.Bot.Schema.Activity activity, string authHeader, CancellationToken cancellationToken)
        {
            var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(authHeader["Bearer ".Length..]);
            var identity = new System.Security.Claims.ClaimsIdentity(
                [new(AuthenticationConstants.AudienceClaim, token.Audiences.Single()), new(AuthenticationConstants.ServiceUrlClaim, activity.ServiceUrl)],
                "Bearer");
            await Task.Yield();
            return new AuthenticateRequestResult
            {
                ClaimsIdentity = identity,
                Audience = real.GetOriginatingAudience(),
                CallerId = "urn:botframework:azure",
                ConnectorFactory = real.CreateConnectorFactory(identity),
            };
        }

        public override ConnectorFactory CreateConnectorFactory(System.Security.Claims.ClaimsIdentity claimsIdentity) => real.CreateConnectorFactory(claimsIdentity);

        public override Task<UserTokenClient> CreateUserTokenClientAsync(System.Security.Claims.ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
            real.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

        public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
            real.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

        public override Microsoft.Bot.Builder.Skills.BotFrameworkClient CreateBotFrameworkClient() => real.CreateBotFrameworkClient();

        public override string GetOriginatingAudience() => real.GetOriginatingAudience();

        public override Task<System.Security.Claims.ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
            real.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
    }
}
