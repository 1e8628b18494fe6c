namespace EthicsBot.Host.Admin;

using System.Data.Common;
using System.Diagnostics;

/// <summary>
/// The outermost admin filter: a database that cannot be reached is 503 with a plain explanation, any other failure a
/// 500 that names the trace id and nothing else. The developer exception page would otherwise show a stack trace.
/// </summary>
internal sealed class AdminErrorFilter(ILogger<AdminErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (BadHttpRequestException ex)
        {
            // The server's own body limit (set by AdminBodyLimitFilter) or a malformed request: its status, no trace.
            return Results.Problem(statusCode: ex.StatusCode, title: "Bad request", detail: ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "The request body is larger than Admin:MaxBodyBytes allows."
                : "The request could not be read.");
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException)
        {
            AdminLog.DatabaseUnavailable(logger, ex, context.HttpContext.Request.Path);
            return AdminProblems.DatabaseUnavailable();
        }
        catch (Exception ex) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var traceId = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            AdminLog.ActionFailed(logger, ex, context.HttpContext.Request.Path, traceId);
            return AdminProblems.Failed(traceId);
        }
    }
}
