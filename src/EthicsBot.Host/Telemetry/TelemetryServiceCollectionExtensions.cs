namespace EthicsBot.Host.Telemetry;

using EthicsBot.Content.Catalog;
using EthicsBot.Host.Admin;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry for the bot's own spans and metrics plus ASP.NET Core and HttpClient instrumentation, exported
    /// over OTLP when <c>OpenTelemetry:Endpoint</c> is set and scraped at /metrics when <c>OpenTelemetry:Prometheus</c>;
    /// with neither, no OpenTelemetry pipeline is built.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<ContentMetrics>();
        var export = !string.IsNullOrWhiteSpace(options.Endpoint);
        if (!export && !options.Prometheus)
        {
            // Nothing would read them: listening anyway made every turn record an ASP.NET Core span, an HttpClient span
            // per reply and their histograms, for nobody. The bot's own counters still go to any in-process listener.
            return services;
        }

        var builder = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("ethicsbot"))
            .WithMetrics(m =>
            {
                m.AddMeter(BotMetrics.Name, Dialogs.Explainer.ExplainerStats.MeterName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (options.Prometheus)
                {
                    m.AddPrometheusExporter();
                }
            });
        if (export)
        {
            // Spans only leave through OTLP, so without an endpoint they are not recorded at all.
            builder.WithTracing(t => t.AddSource(BotMetrics.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
                .UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(options.Endpoint!));
        }

        return services;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The gauge needs the catalog provider, which exists only once the host is built.
        _ = app.Services.GetRequiredService<ContentMetrics>();
        if (app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.Prometheus == true)
        {
            // The scrape endpoint is not a route handler, so endpoint filters do not reach it: the key is checked here.
            app.Use(async (context, next) =>
            {
                // Metrics cover the whole deployment, so a unit-scoped key does not read them.
                if (context.Request.Path == MetricsPath
                    && context.RequestServices.GetRequiredService<AdminKeyring>().FromRequest(context.Request) is not { IsUnitScoped: false })
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    return;
                }

                await next(context);
            });
            app.MapPrometheusScrapingEndpoint(MetricsPath);
        }

        return app;
    }

    private const string MetricsPath = "/metrics";
}

/// <summary>Questions withdrawn because their law is not in force, as a gauge read at each collection.</summary>
internal sealed class ContentMetrics
{
    public ContentMetrics(BotMetrics metrics, IContentCatalogProvider content) =>
        metrics.Meter.CreateObservableGauge("ethicsbot.content.withdrawn", () => content.Current.Withdrawn.Count,
            description: "Questions withdrawn because a document they rest on is not in force today");
}
