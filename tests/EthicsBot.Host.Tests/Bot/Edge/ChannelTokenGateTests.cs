namespace EthicsBot.Host.Tests.Bot.Edge;

using System.Security.Cryptography;
using EthicsBot.Host.Bot.Edge;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

/// <summary>The gate against a local identity service: the success path with a correctly signed token, and each way a token fails.</summary>
public sealed class ChannelTokenGateTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000b2";
    private static readonly Uri ServiceUrl = new("https://smba.trafficmanager.net/amer/");
    private FakeIdentityProvider identity = null!;
    private ChannelSigningKeys keys = null!;
    private ChannelTokenGate gate = null!;

    public async Task InitializeAsync()
    {
        identity = await FakeIdentityProvider.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = identity.MetadataUrl,
        }).Build();
        var http = new Mock<IHttpClientFactory>();
        http.Setup(f => f.CreateClient(It.IsAny<string>())).Returns(() => new HttpClient(FakeIdentityProvider.TrustingHandler()) { Timeout = TimeSpan.FromSeconds(5) });
        keys = new ChannelSigningKeys(configuration, http.Object, TimeProvider.System, NullLogger<ChannelSigningKeys>.Instance);
        gate = new ChannelTokenGate(keys, configuration);
    }

    public async Task DisposeAsync() => await identity.DisposeAsync();

    [Fact]
    public async Task RejectAsync_CorrectlySignedTokenOnceKeysAreFetched_PassesItOn()
    {
        await keys.Refresh(force: true);

        Assert.Null(await gate.RejectAsync("Bearer " + identity.Mint(AppId, ServiceUrl)));
    }

    [Fact]
    public async Task RejectAsync_BeforeKeysAreFetched_RefusesWithoutWaiting()
    {
        identity.Hang = true;

        var reason = await gate.RejectAsync("Bearer " + identity.Mint(AppId, ServiceUrl));

        Assert.Equal("Bot Connector signing keys are not available yet", reason);
    }

    [Fact]
    public async Task RejectAsync_EachKindOfBadToken_GivesItsReasonAndNeverTheToken()
    {
        await keys.Refresh(force: true);
        using var stranger = RSA.Create(2048);
        var cases = new (string Token, string Reason)[]
        {
            (identity.Mint(AppId, ServiceUrl, signWith: stranger), "invalid token (SecurityTokenInvalidSignatureException)"),
            (identity.Mint(AppId, ServiceUrl, lifetime: TimeSpan.FromHours(-2)), "invalid token (SecurityTokenExpiredException)"),
            (identity.Mint("someone-else", ServiceUrl), "invalid token (SecurityTokenInvalidAudienceException)"),
            (identity.Mint(AppId, ServiceUrl, issuer: "https://evil.example"), "invalid token (SecurityTokenInvalidIssuerException)"),
            ("garbage", "malformed token"),
        };

        foreach (var (token, expected) in cases)
        {
            var reason = await gate.RejectAsync("Bearer " + token);
            Assert.Equal(expected, reason);
            Assert.DoesNotContain(token, reason!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Refresh_BurstWhileTheServiceHangs_MakesAtMostTwoFetches()
    {
        identity.Hang = true;
        var before = identity.MetadataRequests;

        for (var i = 0; i < 20; i++)
        {
            await gate.RejectAsync("Bearer " + identity.Mint(AppId, ServiceUrl));
        }

        // One fetch is in flight (the identity library may retry it once); the other nineteen requests start none.
        Assert.True(identity.MetadataRequests - before <= 2, $"{identity.MetadataRequests - before} fetches");
    }
}
