namespace EthicsBot.Host.Tests.Bot.Edge;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

/// <summary>With an app id, a request whose token is missing, malformed or unverifiable gets 401 at once, identity service or not.</summary>
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private const string AppId = "00000000-0000-0000-0000-0000000000a1";
    private readonly BotHostFactory host = new();
    private WebApplicationFactory<Program> factory = null!;
    private FakeIdentityProvider identity = null!;
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        identity = await FakeIdentityProvider.StartAsync();
        connector = await FakeConnector.StartAsync();
        host.Settings["MicrosoftAppId"] = AppId;
        host.Settings["MicrosoftAppPassword"] = "not-a-real-secret";
        host.Settings["MicrosoftAppType"] = "MultiTenant";
        host.Settings["ToBotFromChannelOpenIdMetadataUrl"] = identity.MetadataUrl;
        host.Settings["Bot:AllowedServiceUrls:0"] = connector.ServiceUrl.ToString();
        factory = host.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(FakeIdentityProvider.TrustingHandler))));
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await host.DisposeAsync();
        await connector.DisposeAsync();
        await identity.DisposeAsync();
    }

    public static TheoryData<string> MalformedHeaders => new()
    {
        "Bearer garbage",
        "Bearer a.b",
        "Bearer a.b.c.d",
        "Bearer !!!.###.$$$",
        "Bearer " + new string('x', 16 * 1024),
        "Basic dXNlcjpwYXNz",
        "bearer",
    };

    [Theory]
    [MemberData(nameof(MalformedHeaders))]
    public async Task Post_MalformedAuthorization_Is401(string header)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        var response = await client.PostAsync(Activities.Message(connector.ServiceUrl, "quiz"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_IdentityServiceHanging_FiveRequestsAll401WithoutWaiting()
    {
        identity.Hang = true;
        var client = factory.CreateClient();
        var token = identity.Mint(AppId, connector.ServiceUrl);

        var watch = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = new StringContent(Activities.Message(connector.ServiceUrl, "quiz").ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client.SendAsync(request);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        // Generous for a shared 2-core machine; without the gate each waited on the metadata fetch (10 s and more).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
    }

    private static string Unsigned() =>
        Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Base64UrlEncoder.Encode($"{{\"aud\":\"{AppId}\",\"iss\":\"{FakeIdentityProvider.Issuer}\"}}") + ".";

    private static string Hs256() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = FakeIdentityProvider.Issuer,
        Audience = AppId,
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256),
    });
}
