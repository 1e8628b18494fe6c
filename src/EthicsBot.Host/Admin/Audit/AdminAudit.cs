namespace EthicsBot.Host.Admin.Audit;

using EthicsBot.Persistence.Admin;

/// <summary>
/// Writes the audit trail. Endpoints marked <c>.Audited("action")</c> are recorded by <see cref="AdminAuditFilter"/>;
/// code that acts without a request (the content file watcher) calls <see cref="RecordAsync"/> itself. A failed audit
/// write is logged and never undoes or fails the action it describes.
/// </summary>
public sealed class AdminAudit(IAdminAuditStore store, TimeProvider time, ILogger<AdminAudit> logger)
{
    /// <summary>Records an action. <paramref name="detail"/> is a short summary (versions, counts, ids), never a learner's text.</summary>
    public async Task RecordAsync(AdminCaller caller, string action, AdminOutcome outcome, string? detail = null, int? status = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        try
        {
            await store.AppendAsync(new AdminAuditEntry
            {
                At = time.GetUtcNow(),
                KeyName = caller.Name,
                Unit = caller.UnitScope,
                Action = action,
                Outcome = outcome,
                Status = status,
                Detail = detail,
            }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdminLog.AuditWriteFailed(logger, ex, action, caller.Name);
        }
    }

    /// <summary>Sets the detail the audit filter records for this request.</summary>
    public static void SetDetail(HttpContext context, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[DetailKey] = detail;
    }

    /// <summary>Records this request under another action name than the endpoint's (one endpoint, two actions).</summary>
    public static void SetAction(HttpContext context, string action)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[ActionKey] = action;
    }

    internal static string? DetailOf(HttpContext context) => context.Items.TryGetValue(DetailKey, out var value) ? value as string : null;

    internal static string? ActionOf(HttpContext context) => context.Items.TryGetValue(ActionKey, out var value) ? value as string : null;

    private static readonly object DetailKey = new();
    private static readonly object ActionKey = new();
}
