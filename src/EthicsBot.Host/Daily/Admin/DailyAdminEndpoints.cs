namespace EthicsBot.Host.Daily.Admin;

using System.Globalization;
using EthicsBot.Persistence.Daily;

/// <summary>POST /api/admin/daily/run and GET /api/admin/daily/status, behind the admin key.</summary>
internal static class DailyAdminEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/admin/daily")
            .AddEndpointFilter<AdminKeyFilter>()
            .AddEndpointFilter<DatabaseUnavailableFilter>();
        group.MapPost("/run", RunAsync);
        group.MapGet("/status", StatusAsync);
    }

    /// <summary>Queues what is due now (all=true: today's card for every subscriber who has not had it) and wakes the worker.</summary>
    private static async Task<IResult> RunAsync(bool? all, DailyEngine engine, DeliverySignal signal, CancellationToken cancellationToken)
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
