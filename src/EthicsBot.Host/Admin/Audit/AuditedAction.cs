namespace EthicsBot.Host.Admin.Audit;

/// <summary>Endpoint metadata: calls of this endpoint are recorded in the audit trail under <see cref="Action"/>.</summary>
public sealed record AuditedAction(string Action);

public static class AuditedActionExtensions
{
    /// <summary>Records every call of the endpoint (who, when, outcome) in the audit trail as <paramref name="action"/>.</summary>
    public static TBuilder Audited<TBuilder>(this TBuilder builder, string action)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        return builder.WithMetadata(new AuditedAction(action));
    }
}
