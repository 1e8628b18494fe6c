namespace EthicsBot.Host.Daily.Throttling;

/// <summary>
/// One tenant's request budget: paced at the configured rate, and paused after repeated 429s. A pause lasts what
/// Retry-After asked for and doubles while the 429s continue, up to the configured longest pause: a burst that slipped
/// over Teams' sliding second costs a second, a tenant really out of quota backs off for longer.
/// </summary>
internal sealed class TenantGate : IDisposable
{
    private static readonly TimeSpan MinimumPause = TimeSpan.FromSeconds(1);
    private readonly PacedRateLimiter pace;
    private readonly TimeProvider timeProvider;
    private readonly int pauseAfter;
    private readonly TimeSpan longestPause;
    private readonly Lock gate = new();
    private int throttledInARow;
    private int pausesInARow;
    private DateTimeOffset pausedUntil;

    public TenantGate(double requestsPerSecond, int pauseAfter, TimeSpan longestPause, TimeProvider timeProvider)
    {
        pace = new PacedRateLimiter(requestsPerSecond, timeProvider);
        this.timeProvider = timeProvider;
        this.pauseAfter = pauseAfter;
        this.longestPause = longestPause;
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
            var asked = retryAfter is { } wait && wait > MinimumPause ? wait : MinimumPause;
            var pause = asked * Math.Pow(2, Math.Min(pausesInARow++, 16));
            var until = timeProvider.GetUtcNow() + (pause < longestPause ? pause : longestPause);
            pausedUntil = until > pausedUntil ? until : pausedUntil;
            return pausedUntil;
        }
    }

    public void ReportSuccess()
    {
        lock (gate)
        {
            throttledInARow = 0;
            pausesInARow = 0;
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
