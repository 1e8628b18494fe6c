namespace EthicsBot.Host.Daily.Throttling;

using System.Threading.RateLimiting;

/// <summary>
/// One tenant's request budget: a token bucket at the configured rate, and a pause after repeated 429s. The bucket
/// is replenished by a TimeProvider timer rather than its own, so tests drive it with a fake clock.
/// </summary>
internal sealed class TenantGate : IDisposable
{
    private readonly TokenBucketRateLimiter bucket;
    private readonly ITimer timer;
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan period;
    private readonly long started;
    private readonly int maxTopUps;
    private readonly int pauseAfter;
    private readonly TimeSpan pauseFor;
    private readonly Lock gate = new();
    private long periodsCredited;
    private int throttledInARow;
    private DateTimeOffset pausedUntil;

    public TenantGate(int requestsPerSecond, int pauseAfter, TimeSpan pauseFor, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerSecond, 1);
        this.timeProvider = timeProvider;
        this.pauseAfter = pauseAfter;
        this.pauseFor = pauseFor;
        // About 100 top-ups a second with a whole number of tokens each, so the rate is exact.
        var tokensPerPeriod = Math.Max(1, (int)Math.Round(requestsPerSecond / 100.0));
        period = TimeSpan.FromSeconds((double)tokensPerPeriod / requestsPerSecond);
        // A tenth of a second of burst absorbs a late timer without letting the rate drift above the limit.
        var tokenLimit = Math.Max(tokensPerPeriod, requestsPerSecond / 10);
        maxTopUps = (tokenLimit / tokensPerPeriod) + 1;
        bucket = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokenLimit,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        // A new bucket is full; start from one period's worth so the first second does not exceed the rate, which
        // Teams counts over a sliding second.
        using (bucket.AttemptAcquire(tokenLimit - tokensPerPeriod))
        {
        }

        started = timeProvider.GetTimestamp();
        timer = timeProvider.CreateTimer(_ => TopUp(), null, period, period);
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
            using var lease = await bucket.AcquireAsync(1, cancellationToken);
            if (!lease.IsAcquired)
            {
                throw new InvalidOperationException("The tenant rate limiter refused a request although its queue is unbounded.");
            }

            // A pause that began while this request queued for a token applies to it too.
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

    public void Dispose()
    {
        timer.Dispose();
        bucket.Dispose();
    }

    private async Task WaitWhilePausedAsync(CancellationToken cancellationToken)
    {
        while (PausedUntil - timeProvider.GetUtcNow() is var wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    private void TopUp()
    {
        // Timer callbacks run late under load; credit every period that has passed so lateness costs no throughput.
        int due;
        lock (gate)
        {
            var periods = (long)(timeProvider.GetElapsedTime(started) / period);
            due = (int)Math.Min(periods - periodsCredited, maxTopUps);
            periodsCredited = periods;
        }

        for (var i = 0; i < due; i++)
        {
            bucket.TryReplenish();
        }
    }
}
