namespace EthicsBot.Host.Daily.Throttling;

/// <summary>One tenant's request budget: paced at the configured rate, and paused after repeated 429s.</summary>
internal sealed class TenantGate : IDisposable
{
    private readonly PacedRateLimiter pace;
    private readonly TimeProvider timeProvider;
    private readonly int pauseAfter;
    private readonly TimeSpan pauseFor;
    private readonly Lock gate = new();
    private int throttledInARow;
    private DateTimeOffset pausedUntil;

    public TenantGate(int requestsPerSecond, int pauseAfter, TimeSpan pauseFor, TimeProvider timeProvider)
    {
        pace = new PacedRateLimiter(requestsPerSecond, timeProvider);
        this.timeProvider = timeProvider;
        this.pauseAfter = pauseAfter;
        this.pauseFor = pauseFor;
    }

    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (gate)
            {
                return pausedUntil;
            }
        }
    }

    public async ValueTask AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await WaitWhilePausedAsync(cancellationToken);
            using var lease = await pace.AcquireAsync(1, cancellationToken);

            // A pause that began while this request waited for its slot applies to it too.
            if (PausedUntil <= timeProvider.GetUtcNow())
            {
                return;
            }
        }
    }

    /// <summary>Counts a 429; returns the pause end when this one started a pause.</summary>
    public DateTimeOffset? ReportThrottled(TimeSpan? retryAfter)
    {
        lock (gate)
        {
            if (++throttledInARow < pauseAfter)
            {
                return null;
            }

            throttledInARow = 0;
            var until = timeProvider.GetUtcNow() + (retryAfter is { } wait && wait > pauseFor ? wait : pauseFor);
            pausedUntil = until > pausedUntil ? until : pausedUntil;
            return pausedUntil;
        }
    }

    public void ReportSuccess()
    {
        lock (gate)
        {
            throttledInARow = 0;
        }
    }

    public void Dispose() => pace.Dispose();

    private async Task WaitWhilePausedAsync(CancellationToken cancellationToken)
    {
        while (PausedUntil - timeProvider.GetUtcNow() is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }
}
