namespace EthicsBot.Host.Reports;

using EthicsBot.Domain.Calendar;
using EthicsBot.Content.Catalog;
using EthicsBot.Host.Admin;
using EthicsBot.Host.Admin.Audit;

/// <summary>GET /api/admin/reports/…: the summary as JSON, the xlsx export and the PNG charts, within the key's unit scope.</summary>
internal sealed class ReportsAdminEndpoints : IAdminFeature
{
    public void Map(RouteGroupBuilder admin)
    {
        var reports = admin.MapGroup("/reports");
        reports.MapGet("/summary", (HttpContext h, AdminCaller c, ReportService s, CancellationToken t) => RespondAsync(h, c, s, null, r => Results.Ok(r), t));
        reports.MapGet("/summary.xlsx", (HttpContext h, AdminCaller c, ReportService s, CancellationToken t) => RespondAsync(h, c, s, "xlsx", r =>
            Results.File(ReportWorkbook.Build(r), ReportWorkbook.ContentType, $"bao-cao-{r.Unit ?? "tat-ca"}-{r.From:yyyyMMdd}-{r.To:yyyyMMdd}.xlsx"), t))
            .Audited("reports.export");
        reports.MapGet("/charts/participation.png", (HttpContext h, AdminCaller c, ReportService s, CancellationToken t) =>
            RespondAsync(h, c, s, "participation.png", r => Results.File(ReportCharts.Participation(r), "image/png"), t)).Audited("reports.export");
        reports.MapGet("/completion.xlsx", CompletionAsync).Audited("reports.completion");
        reports.MapGet("/leaderboard", LeaderboardAsync);
        reports.MapGet("/charts/accuracy.png", (HttpContext h, AdminCaller c, ReportService s, CancellationToken t) =>
            RespondAsync(h, c, s, "accuracy.png", r => Results.File(ReportCharts.Accuracy(r), "image/png"), t)).Audited("reports.export");
    }

    private static async Task<IResult> LeaderboardAsync(
        AdminCaller caller, IContentCatalogProvider catalogs, LeaderboardService leaderboard, TimeProvider time, string? unit, string? week, CancellationToken cancellationToken)
    {
        var today = ReportRequests.Today(catalogs, time);
        if (!ReportRequests.TryDate(week, Domain.Reports.Leaderboard.LastWeek(today), out var day))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad week", detail: "'week' must be a day of the week written YYYY-MM-DD, for example 2026-11-30.");
        }

        var (resolved, forbidden) = ReportScope.Resolve(caller, string.IsNullOrWhiteSpace(unit) ? null : unit.Trim(), catalogs.Current.Units);
        if (forbidden is not null)
        {
            return forbidden;
        }

        var monday = Weeks.MondayOf(day);
        return await leaderboard.BuildAsync(resolved, monday, cancellationToken) is { } board
            ? Results.Ok(board)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown unit", detail: $"No unit has the id '{resolved}'.");
    }

    // The one export that names people: only for a unit the key's scope covers, and always in the audit trail.
    private static async Task<IResult> CompletionAsync(
        HttpContext http, AdminCaller caller, IContentCatalogProvider catalogs, Completion.CompletionExport export, string? unit, CancellationToken cancellationToken)
    {
        var requested = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        var (resolved, forbidden) = ReportScope.Resolve(caller, requested, catalogs.Current.Units);
        if (forbidden is not null)
        {
            return forbidden;
        }

        if (resolved is not null && catalogs.Current.Units.Find(resolved) is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown unit", detail: $"No unit has the id '{resolved}'.");
        }

        var result = await export.BuildAsync(resolved, cancellationToken);
        AdminAudit.SetDetail(http, $"unit={resolved ?? "*"} people={result.People} earned={result.Earned}");
        return Results.File(result.Workbook, ReportWorkbook.ContentType, $"hoan-thanh-{resolved ?? "tat-ca"}.xlsx");
    }

    private static async Task<IResult> RespondAsync(
        HttpContext http, AdminCaller caller, ReportService service, string? export, Func<ReportSummary, IResult> render, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var catalogs = http.RequestServices.GetRequiredService<IContentCatalogProvider>();
        var today = ReportRequests.Today(catalogs, http.RequestServices.GetRequiredService<TimeProvider>());
        var (from, to, problem) = ReportRequests.Range(query["from"], query["to"], today);
        if (problem is not null)
        {
            return problem;
        }

        var requested = string.IsNullOrWhiteSpace(query["unit"]) ? null : query["unit"].ToString().Trim();
        var (unit, forbidden) = ReportScope.Resolve(caller, requested, catalogs.Current.Units);
        if (forbidden is not null)
        {
            return forbidden;
        }

        if (export is not null)
        {
            AdminAudit.SetDetail(http, $"unit={unit ?? "*"} from={from:yyyy-MM-dd} to={to:yyyy-MM-dd} format={export}");
        }

        var report = await service.BuildAsync(unit, from, to, cancellationToken);
        return report is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown unit", detail: $"No unit has the id '{unit}'; GET /api/admin/units?q=… finds ids by name.")
            : render(report);
    }
}
