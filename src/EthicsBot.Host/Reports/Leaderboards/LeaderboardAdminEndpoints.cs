namespace EthicsBot.Host.Reports.Leaderboards;

using EthicsBot.Domain.Calendar;
using EthicsBot.Content.Catalog;
using EthicsBot.Domain.Reports;
using EthicsBot.Host.Admin;
using EthicsBot.Host.Admin.Audit;

/// <summary>
/// POST /api/admin/reports/leaderboard/run?week=YYYY-MM-DD: posts a week's leaderboard to every registered channel now,
/// instead of waiting for the Monday pass (a channel registered this week, a demonstration, a post the Monday pass
/// could not deliver). A deployment-wide action, so a unit-scoped key gets 403.
/// </summary>
internal sealed class LeaderboardAdminEndpoints : IAdminFeature
{
    public void Map(RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        admin.MapPost("/reports/leaderboard/run", RunAsync).Audited("reports.leaderboard.run").WithMetadata(WholeDeploymentOnly.Instance);
    }

    /// <param name="week">Any day of the week to post; default the last complete week, the one the Monday card shows.</param>
    private static async Task<IResult> RunAsync(
        string? week, HttpContext http, IContentCatalogProvider catalogs, TimeProvider time, WeeklyLeaderboardPoster poster, CancellationToken cancellationToken)
    {
        var today = ReportRequests.Today(catalogs, time);
        if (!ReportRequests.TryDate(week, Leaderboard.LastWeek(today), out var day))
        {
            AdminAudit.SetDetail(http, "bad week");
            return BadWeek("'week' must be a day of the week to post, written YYYY-MM-DD, for example 2026-11-30; leave it out for last week.");
        }

        var monday = Weeks.MondayOf(day);
        if (monday > Weeks.MondayOf(today))
        {
            // A channel's claim only moves forward: posting a future week would skip every week before it.
            AdminAudit.SetDetail(http, $"week={monday:yyyy-MM-dd} not started");
            return BadWeek($"The week of {monday:yyyy-MM-dd} has not started yet (today is {today:yyyy-MM-dd}); only a past or the current week can be posted.");
        }

        var run = await poster.RunWeekAsync(monday, cancellationToken);
        AdminAudit.SetDetail(http, run.Summary);
        return Results.Ok(run);
    }

    private static IResult BadWeek(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad week", detail: detail);
}
