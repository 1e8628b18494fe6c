namespace EthicsBot.Host.Reports;

using EthicsBot.Content.Catalog;
using EthicsBot.Host.Daily.Admin;
using EthicsBot.Host.Reports.Roster;
using EthicsBot.Persistence.Units;

/// <summary>Units and reports, behind the admin key: the roster import, unit search, the summary as JSON, xlsx and PNG charts.</summary>
internal static class ReportEndpoints
{
    private const long MaxRosterBytes = 10 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/admin")
            .AddEndpointFilter<AdminKeyFilter>()
            .AddEndpointFilter<DatabaseUnavailableFilter>();
        admin.MapPost("/units/roster", ImportRosterAsync);
        admin.MapGet("/units", SearchUnits);
        admin.MapGet("/reports/summary", (HttpContext h, ReportService s, CancellationToken c) => RespondAsync(h, s, r => Results.Ok(r), c));
        admin.MapGet("/reports/summary.xlsx", (HttpContext h, ReportService s, CancellationToken c) =>
            RespondAsync(h, s, r => Results.File(ReportWorkbook.Build(r), ReportWorkbook.ContentType, $"bao-cao-{r.Unit ?? "tat-ca"}-{r.From:yyyyMMdd}-{r.To:yyyyMMdd}.xlsx"), c));
        admin.MapGet("/reports/charts/participation.png", (HttpContext h, ReportService s, CancellationToken c) =>
            RespondAsync(h, s, r => Results.File(ReportCharts.Participation(r), "image/png"), c));
        admin.MapGet("/reports/charts/accuracy.png", (HttpContext h, ReportService s, CancellationToken c) =>
            RespondAsync(h, s, r => Results.File(ReportCharts.Accuracy(r), "image/png"), c));
    }

    private static async Task<IResult> RespondAsync(HttpContext http, ReportService service, Func<ReportSummary, IResult> render, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var catalogs = http.RequestServices.GetRequiredService<IContentCatalogProvider>();
        var today = ReportRequests.Today(catalogs, http.RequestServices.GetRequiredService<TimeProvider>());
        var (from, to, problem) = ReportRequests.Range(query["from"], query["to"], today);
        if (problem is not null)
        {
            return problem;
        }

        string? unit = string.IsNullOrWhiteSpace(query["unit"]) ? null : query["unit"].ToString().Trim();
        var report = await service.BuildAsync(unit, from, to, cancellationToken);
        return report is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown unit", detail: $"No unit has the id '{unit}'; GET /api/admin/units?q=… finds ids by name.")
            : render(report);
    }

    private static async Task<IResult> ImportRosterAsync(HttpRequest request, IContentCatalogProvider catalogs, IUnitStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxRosterBytes)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Roster too large", detail: "A roster file may be at most 10 MB.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var read = RosterReader.Read(buffer.ToArray(), catalogs.Current.Units);
        if (read.Errors.Count > 0)
        {
            return Results.UnprocessableEntity(new RosterRejected("Nothing was imported; fix these rows and send the whole file again.", read.Errors));
        }

        var result = await store.ImportRosterAsync(read.Entries, ReportRequests.Today(catalogs, time), cancellationToken);
        return Results.Ok(result);
    }

    private static IResult SearchUnits(string? q, IContentCatalogProvider catalogs)
    {
        var units = catalogs.Current.Units;
        var found = string.IsNullOrWhiteSpace(q) ? units.All.Take(200) : units.Search(q, 50);
        return Results.Ok(found.Select(u => new UnitRow(u.Id, u.Name, u.ParentId, units.PathText(u.Id))));
    }
}

internal sealed record RosterRejected(string Message, IReadOnlyList<string> Errors);

internal sealed record UnitRow(string Id, string Name, string? Parent, string Path);
