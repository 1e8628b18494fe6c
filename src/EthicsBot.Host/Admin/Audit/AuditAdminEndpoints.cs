namespace EthicsBot.Host.Admin.Audit;

using EthicsBot.Persistence.Admin;

/// <summary>GET /api/admin/audit: the audit trail, newest first; a unit-scoped key sees its unit's entries only.</summary>
internal sealed class AuditAdminEndpoints : IAdminFeature
{
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;

    public void Map(RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        admin.MapGet("/audit", ListAsync);
    }

    private static async Task<IResult> ListAsync(int? limit, long? before, AdminCaller caller, IAdminAuditStore store, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad limit", detail: $"limit must be between 1 and {MaxLimit}.");
        }

        var entries = await store.ListAsync(limit ?? DefaultLimit, before, caller.UnitScope, cancellationToken);
        return Results.Ok(new AuditListResponse([.. entries.Select(AuditEntryResponse.From)], entries.Count > 0 ? entries[^1].Id : null));
    }
}

/// <param name="Before">Pass as ?before= to read the next (older) page; null when this page is empty.</param>
internal sealed record AuditListResponse(IReadOnlyList<AuditEntryResponse> Entries, long? Before);

internal sealed record AuditEntryResponse(long Id, DateTimeOffset At, string Key, string? Unit, string Action, string Outcome, int? Status, string? Detail)
{
    public static AuditEntryResponse From(AdminAuditEntry e) =>
        new(e.Id, e.At, e.KeyName, e.Unit, e.Action, e.Outcome.ToString().ToLowerInvariant(), e.Status, e.Detail);
}
