namespace EthicsBot.Host.Daily.Throttling;

/// <summary>
/// One tenant's request budget: paced at the configured rate, and paused when 429s keep coming. Near the limit, sends
/// that arrive bunched slip over Teams' sliding second and a short run of 429s follows; each of those cards retries
/// after its Retry-After and the pace carries on, since pausing every send for a second over a 20 ms burst cost more
/// than the burst. Only 429s that continue, with no success, for longer than Retry-After's one-second floor mean the
/// tenant is out of quota: then every send pauses for what Retry-After asked, doubling while the 429s continue, up to
/// the configured longest pause.
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
    private DateTimeOffset firstThrottledAt;
    private int pausesInARow;
    private DateTimeOffset pausedUntil;

    /// <param name="perSecondCap">Most requests in any sliding second (see <see cref="PacedRateLimiter"/>).</param>
    public TenantGate(double requestsPerSecond, int pauseAfter, TimeSpan longestPause, TimeProvider timeProvider, int? perSecondCap = null)
    {
        pace = new PacedRateLimiter(requestsPerSecond, timeProvider, perSecondCap);
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
            var now = timeProvider.GetUtcNow();
            if (throttledInARow++ == 0)
            {
                firstThrottledAt = now;
            }

            if (throttledInARow < pauseAfter || now - firstThrottledAt < MinimumPause)
            {
                return null;
            }

            throttledInARow = 0;
            var asked = retryAfter is { } wait && wait > MinimumPause ? wait : MinimumPause;
            var pause = asked * Math.Pow(2, Math.Min(pausesInARow++, 16));
            var until = now + (pause < longestPause ? pause : longestPause);
            pausedUntil = until > pausedUntil ? until : pausedUntil;
            return pausedUntil;
        }
    }

    /// <summary>
    /// A request Teams answered without counting it (a 503): its slot goes to the next send. Ignored while 429s are
    /// coming, since then the assumption that it was not counted may be what is wrong.
    /// </summary>
    public void ReportUncounted()
    {
        lock (gate)
        {
            if (throttledInARow > 0)
            {
                return;
            }
        }

        pace.Refund();
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
