namespace EthicsBot.Persistence.Admin;

/// <summary>How an admin action ended: done, refused by a rule (bad input, 4xx), or failed (5xx, exception).</summary>
public enum AdminOutcome
{
    Ok,
    Refused,
    Failed,
}

/// <summary>
/// One admin action in the audit trail. <see cref="Detail"/> is a short machine-made summary (versions, counts,
/// question ids); it must never hold a learner's message text.
/// </summary>
public sealed record AdminAuditEntry
{
    public long Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string KeyName { get; init; }

    public string? Unit { get; init; }

    /// <summary>A dotted name such as "content.reload" or "daily.run".</summary>
    public required string Action { get; init; }

    public required AdminOutcome Outcome { get; init; }

    /// <summary>The HTTP status the caller got, when the action came through the API.</summary>
    public int? Status { get; init; }

    public string? Detail { get; init; }
}
