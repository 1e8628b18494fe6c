namespace EthicsBot.Host.Daily.Delivery;

/// <summary>
/// When the retries this instance scheduled fall due, so the worker wakes for the next one. A drain only sees its own
/// retries; without this, a retry scheduled by an earlier drain waited for the next claim poll, seconds late at the
/// end of a push. Entries for rows another instance took are harmless: they cost one empty claim.
/// </summary>
internal sealed class RetrySchedule
{
    private readonly PriorityQueue<DateTimeOffset, DateTimeOffset> due = new();
    private readonly Lock gate = new();

    public void Add(DateTimeOffset retryAt)
    {
        lock (gate)
        {
            due.Enqueue(retryAt, retryAt);
        }
    }

    /// <summary>The earliest retry still ahead of <paramref name="now"/>; the ones already due are forgotten.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset now)
    {
        lock (gate)
        {
            while (due.TryPeek(out var next, out _) && next <= now)
            {
                due.Dequeue();
            }

            return due.TryPeek(out var upcoming, out _) ? upcoming : null;
        }
    }
}
