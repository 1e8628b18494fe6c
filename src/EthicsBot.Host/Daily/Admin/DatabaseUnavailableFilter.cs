namespace EthicsBot.Host.Daily.Admin;

using System.Data.Common;

/// <summary>Answers 503 with a plain explanation when the database cannot be reached, instead of a 500 with a stack trace.</summary>
internal sealed class DatabaseUnavailableFilter(ILogger<DatabaseUnavailableFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException)
        {
            DailyLog.AdminDatabaseUnavailable(logger, ex);
            return Results.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Database unavailable",
                detail: "The bot's database cannot be reached right now, so nothing was read or queued. Try again in a minute; check /healthz.");
        }
    }
}
