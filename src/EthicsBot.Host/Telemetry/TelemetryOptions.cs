namespace EthicsBot.Host.Telemetry;

/// <summary>Section "OpenTelemetry": where traces and metrics go. Nothing is exported by default.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>An OTLP collector (e.g. http://localhost:4317); empty = no export.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Serve metrics for Prometheus at /metrics, behind the admin key.</summary>
    public bool Prometheus { get; set; }
}
