namespace EthicsBot.Host.Tests.Telemetry;

using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using EthicsBot.Host.Telemetry;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly BotHostFactory factory = new();
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Turns_AreCountedByKindAndOutcome_WithNoOtherTags()
    {
        var client = factory.CreateClient();
        using var turns = new MetricCollector<long>(factory.Services.GetRequiredService<IMeterFactory>(), BotMetrics.Name, "ethicsbot.turns");
        var refused = Activities.Message(connector.ServiceUrl, "help");
        refused["serviceUrl"] = "not a url";

        await client.PostAsync(Activities.Message(connector.ServiceUrl, "help"));
        await client.PostAsync(refused);

        var measurements = turns.GetMeasurementSnapshot();
        Assert.Contains(measurements, m => (string?)m.Tags["kind"] == "message" && (string?)m.Tags["outcome"] == "ok");
        Assert.Contains(measurements, m => (string?)m.Tags["kind"] == "message" && (string?)m.Tags["outcome"] == "refused");
        Assert.All(measurements, m => Assert.Equal(["kind", "outcome"], m.Tags.Keys.Order()));
    }

    [Fact]
    public async Task Metrics_PrometheusEndpoint_IsBehindTheAdminKey()
    {
        factory.Settings["OpenTelemetry:Prometheus"] = "true";
        factory.Settings["Admin:ApiKey"] = "scrape-key-0123456789";
        var client = factory.CreateClient();
        await client.PostAsync(Activities.Message(connector.ServiceUrl, "help"));

        var anonymous = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "scrape-key-0123456789");
        var scraped = await client.SendAsync(request);
        var body = await scraped.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("ethicsbot_turns", body, StringComparison.Ordinal);
        Assert.Contains("ethicsbot_content_withdrawn", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_PrometheusOff_NoEndpoint()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("message", null, "message")]
    [InlineData("invoke", "adaptiveCard/action", "card-action")]
    [InlineData("invoke", "composeExtension/query", "invoke")]
    [InlineData(null, null, "unknown")]
    [InlineData("typing", null, "other")]
    public void KindOf_MapsTypeAndName(string? type, string? name, string expected)
    {
        Assert.Equal(expected, BotMetrics.KindOf(type, name));
    }
}
