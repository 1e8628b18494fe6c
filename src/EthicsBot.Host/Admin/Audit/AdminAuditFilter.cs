namespace EthicsBot.Host.Admin.Audit;

using EthicsBot.Persistence.Admin;

/// <summary>
/// Records each call of an <see cref="AuditedAction"/> endpoint after it ran: the outcome follows the status code
/// (2xx ok, 4xx refused, 5xx or an exception failed). It runs inside the key filter, so refused keys are not recorded.
/// </summary>
internal sealed class AdminAuditFilter(AdminAudit audit) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<AuditedAction>() is not { } audited || AdminCaller.Of(http) is not { } caller)
        {
            return await next(context);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // CancellationToken.None: the record must be written even when the caller has gone.
            await audit.RecordAsync(caller, AdminAudit.ActionOf(http) ?? audited.Action, AdminOutcome.Failed, AdminAudit.DetailOf(http), StatusCodes.Status500InternalServerError,
                CancellationToken.None);
            throw;
        }

        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var outcome = status switch
        {
            < 400 => AdminOutcome.Ok,
            < 500 => AdminOutcome.Refused,
            _ => AdminOutcome.Failed,
        };
        await audit.RecordAsync(caller, AdminAudit.ActionOf(http) ?? audited.Action, outcome, AdminAudit.DetailOf(http), status, CancellationToken.None);
        return result;
    }
}
