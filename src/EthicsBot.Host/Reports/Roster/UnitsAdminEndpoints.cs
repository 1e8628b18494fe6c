namespace EthicsBot.Host.Reports.Roster;

using EthicsBot.Content.Catalog;
using EthicsBot.Host.Admin;
using EthicsBot.Host.Admin.Audit;
using EthicsBot.Persistence.Units;

/// <summary>POST /api/admin/units/roster (CSV or xlsx) and GET /api/admin/units?q=…, within the key's unit scope.</summary>
internal sealed class UnitsAdminEndpoints : IAdminFeature
{
    public void Map(RouteGroupBuilder admin)
    {
        var units = admin.MapGroup("/units");
        units.MapGet(string.Empty, Search);
        units.MapPost("/roster", ImportAsync).Audited("units.roster");
    }

    private static async Task<IResult> ImportAsync(
        HttpContext http, AdminCaller caller, AdminRequestBody body, IContentCatalogProvider catalogs, IUnitStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await body.ReadAsync(http.Request, cancellationToken) is not { } bytes)
        {
            return AdminProblems.TooLarge(body.MaxBytes);
        }

        var read = RosterReader.Read(bytes, catalogs.Current.Units, caller.UnitScope);
        if (read.Errors.Count > 0)
        {
            AdminAudit.SetDetail(http, $"rejected rows={read.Errors.Count}");
            return Results.UnprocessableEntity(new RosterRejected("Nothing was imported; fix these rows and send the whole file again.", read.Errors));
        }

        var result = await store.ImportRosterAsync(read.Entries, ReportRequests.Today(catalogs, time), cancellationToken);
        AdminAudit.SetDetail(http, $"entries={result.Entries} applied={result.Applied}");
        return Results.Ok(result);
    }

    private static IResult Search(string? q, AdminCaller caller, IContentCatalogProvider catalogs)
    {
        var units = catalogs.Current.Units;
        var found = string.IsNullOrWhiteSpace(q) ? units.All : units.Search(q, 200);
        return Results.Ok(found.Where(u => ReportScope.Allows(caller, u.Id, units)).Take(200)
            .Select(u => new UnitRow(u.Id, u.Name, u.ParentId, units.PathText(u.Id))));
    }
}

internal sealed record RosterRejected(string Message, IReadOnlyList<string> Errors);

internal sealed record UnitRow(string Id, string Name, string? Parent, string Path);
