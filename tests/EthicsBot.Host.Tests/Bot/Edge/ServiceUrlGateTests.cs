namespace EthicsBot.Host.Tests.Bot.Edge;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Fakes;

/// <summary>Hostile input at /api/messages: bodies and service URLs are checked before any turn runs or anything is sent.</summary>
public sealed class ServiceUrlGateTests : ConnectedHostTest
{
    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"a string\"")]
    [InlineData("{\"type\": \"message\", ")]
    public async Task Post_BodyNotAJsonObject_Is400(string body)
    {
        var response = await Factory.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("http://")]
    [InlineData("http://localhost:99999/")]
    [InlineData("ftp://localhost/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/relative/path")]
    public async Task PostMessage_MalformedServiceUrl_Is400AndNothingIsSent(string? serviceUrl)
    {
        var activity = Activities.Message(Connector.ServiceUrl, "quiz");
        activity["serviceUrl"] = serviceUrl;

        var response = await Factory.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("http://169.254.169.254/")]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("https://example.org/")]
    [InlineData("http://[fe80::1]/")]
    public async Task PostMessage_UntrustedServiceUrlInAnonymousMode_Is403(string serviceUrl)
    {
        var activity = Activities.Message(Connector.ServiceUrl, "quiz");
        activity["serviceUrl"] = serviceUrl;

        var response = await Factory.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("http://169.254.169.254/")]
    public async Task PostCardAction_BadServiceUrl_StillGetsAnErrorCard(string serviceUrl)
    {
        var activity = Activities.CardAction(Connector.ServiceUrl, new JsonObject { ["q"] = "x" }, locale: "vi-VN");
        activity["serviceUrl"] = serviceUrl;

        var response = await Factory.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, (int?)body!["statusCode"]);
        Assert.Equal(CardJson.AdaptiveCardType, (string?)body["type"]);
        Assert.StartsWith("Xin lỗi", (string?)body["value"]!["body"]![0]!["text"], StringComparison.Ordinal);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task Post_BodyOver256Kilobytes_Is413()
    {
        var activity = Activities.Message(Connector.ServiceUrl, new string('a', 300 * 1024));

        var response = await Factory.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"type\": \"\", \"text\": \"quiz\"}")]
    [InlineData("null")]
    public async Task Post_JsonObjectWithoutActivityType_Is400AndNothingIsSent(string body)
    {
        var response = await Factory.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task PostMessage_AllowListWithoutLoopback_RefusesTheLoopbackConnector()
    {
        Factory.Settings["Bot:AllowedServiceUrls:0"] = "https://smba.trafficmanager.net/";

        var response = await Factory.CreateClient().PostAsync(Activities.Message(Connector.ServiceUrl, "quiz"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Connector.Requests);
    }

    [Fact]
    public async Task PostMessage_LoopbackConnectorInAnonymousMode_IsServed()
    {
        var response = await Factory.CreateClient().PostAsync(Activities.Message(Connector.ServiceUrl, "help"));

        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        Assert.NotEmpty(await Connector.WaitForAsync(1));
    }
}
