namespace EthicsBot.Host.Tests.Telemetry;

using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using EthicsBot.Host.Telemetry;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

public sealed class TelemetryTests : ConnectedHostTest
{
    [Fact]
    public async Task Turns_AreCountedByKindAndOutcome_WithNoOtherTags()
    {
        var client = Factory.CreateClient();
        using var turns = new MetricCollector<long>(Factory.Services.GetRequiredService<IMeterFactory>(), BotMetrics.Name, "ethicsbot.turns");
        var refused = Activities.Message(Connector.ServiceUrl, "help");
        refused["serviceUrl"] = "not a url";

        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help"));
        await client.PostAsync(refused);

        var measurements = turns.GetMeasurementSnapshot();
        Assert.Contains(measurements, m => (string?)m.Tags["kind"] == "message" && (string?)m.Tags["outcome"] == "ok");
        Assert.Contains(measurements, m => (string?)m.Tags["kind"] == "message" && (string?)m.Tags["outcome"] == "refused");
        Assert.All(measurements, m => Assert.Equal(["kind", "outcome"], m.Tags.Keys.Order()));
    }

    [Fact]
    public async Task Metrics_PrometheusEndpoint_IsBehindTheAdminKey()
    {
        Factory.Settings["OpenTelemetry:Prometheus"] = "true";
        Factory.Settings["Admin:ApiKey"] = "scrape-key-0123456789";
        var client = Factory.CreateClient();
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help"));

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
        var response = await Factory.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void AddTelemetry_NothingConfigured_BuildsNoPipeline()
    {
        var services = Telemetry(new Dictionary<string, string?>());

        Assert.Null(services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.Null(services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        Assert.NotNull(services.GetService<BotMetrics>());
    }

    [Fact]
    public void AddTelemetry_PrometheusOnly_MetricsWithoutSpans()
    {
        var services = Telemetry(new Dictionary<string, string?> { ["OpenTelemetry:Prometheus"] = "true" });

        Assert.Null(services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.NotNull(services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    [Fact]
    public void AddTelemetry_Endpoint_SpansAndMetrics()
    {
        var services = Telemetry(new Dictionary<string, string?> { ["OpenTelemetry:Endpoint"] = "http://127.0.0.1:4317" });

        Assert.NotNull(services.GetService<OpenTelemetry.Trace.TracerProvider>());
        Assert.NotNull(services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    private static ServiceProvider Telemetry(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddMetrics();
        return services.AddTelemetry(configuration).BuildServiceProvider();
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
