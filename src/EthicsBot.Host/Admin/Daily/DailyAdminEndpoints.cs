namespace EthicsBot.Host.Admin.Daily;

using System.Globalization;
using EthicsBot.Host.Admin.Audit;
using EthicsBot.Host.Daily;
using EthicsBot.Persistence.Daily;

/// <summary>POST /api/admin/daily/run and GET /api/admin/daily/status: the daily engine's admin face.</summary>
internal sealed class DailyAdminEndpoints : IAdminFeature
{
    public void Map(RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var daily = admin.MapGroup("/daily");
        daily.MapPost("/run", RunAsync).Audited("daily.run").WithMetadata(WholeDeploymentOnly.Instance);
        // The status lists user ids across the deployment, so a unit-scoped key does not read it.
        daily.MapGet("/status", StatusAsync).WithMetadata(WholeDeploymentOnly.Instance);
    }

    /// <summary>Queues what is due now (all=true: today's card for every subscriber who has not had it) and wakes the worker.</summary>
    private static async Task<IResult> RunAsync(bool? all, DailyEngine engine, DeliverySignal signal, HttpContext http, CancellationToken cancellationToken)
    {
        if (!engine.CanSend)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Daily composer missing",
                detail: "No daily quiz composer is registered in this build, so no daily card can be sent.");
        }

        var result = await engine.ScheduleAsync(all ?? false, cancellationToken);
        signal.Notify();
        AdminAudit.SetDetail(http, $"all={all ?? false}: {result.Due} due, {result.Queued} queued");
        return Results.Ok(new DailyRunResponse(all ?? false, result.Subscribers.Count, result.Due, result.Queued, result.Due - result.Queued));
    }

    private static async Task<IResult> StatusAsync(string? date, DailyEngine engine, IDeliveryStore deliveries, CancellationToken cancellationToken)
    {
        DateOnly day;
        if (string.IsNullOrWhiteSpace(date))
        {
            day = engine.Today();
        }
        else if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Bad date",
                detail: "The date must be a calendar date written YYYY-MM-DD, for example 2026-11-27.");
        }

        var status = await deliveries.GetStatusAsync(day, cancellationToken);
        return Results.Ok(new DailyStatusResponse(
            status.LocalDate, status.Due, status.Sent, status.Pending, status.Failed, status.Unreachable, status.Answered, status.Reminded,
            status.UnreachableUserIds));
    }
}
