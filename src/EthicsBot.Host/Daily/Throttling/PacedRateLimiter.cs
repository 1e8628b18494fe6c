namespace EthicsBot.Host.Daily.Throttling;

using System.Threading.RateLimiting;

/// <summary>
/// A System.Threading.RateLimiting limiter that spaces permits exactly 1/rate apart on an injected clock. Each request
/// reserves the next free slot and waits for it, so the rate comes from the reservations: a wake-up that runs late
/// under load delays that one send and costs no throughput, and no second of traffic exceeds the rate (what Teams
/// counts). The framework's TokenBucketRateLimiter refills from the real clock, which a test clock cannot drive.
/// </summary>
internal sealed class PacedRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new PacedLease(isAcquired: true);
    private static readonly RateLimitLease Refused = new PacedLease(isAcquired: false);
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan interval;
    private readonly long started;
    private readonly Lock gate = new();
    private TimeSpan nextFree;

    public PacedRateLimiter(double permitsPerSecond, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(permitsPerSecond, 0);
        this.timeProvider = timeProvider;
        interval = TimeSpan.FromTicks((long)Math.Round(TimeSpan.TicksPerSecond / permitsPerSecond));
        started = timeProvider.GetTimestamp();
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                var now = Now();
                return nextFree <= now ? now - nextFree : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = nextFree <= Now() ? 1 : 0 };
        }
    }

    /// <summary>
    /// Gives back the slot of a request the server did not count, so the next reservation moves one interval earlier.
    /// Only reservations still ahead are moved: an idle limiter banks nothing, so no burst can build up.
    /// </summary>
    public void Refund()
    {
        lock (gate)
        {
            var now = Now();
            if (nextFree > now)
            {
                var earlier = nextFree - interval;
                nextFree = earlier > now ? earlier : now;
            }
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (gate)
        {
            var now = Now();
            if (permitCount == 0 || nextFree > now)
            {
                return permitCount == 0 && nextFree <= now ? Granted : Refused;
            }

            nextFree = now + (interval * permitCount);
            return Granted;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (gate)
        {
            var now = Now();
            var slot = nextFree > now ? nextFree : now;
            nextFree = slot + (interval * permitCount);
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            // A cancelled wait leaves its slot unused; that only happens at shutdown.
            await Task.Delay(wait, timeProvider, cancellationToken);
        }

        return Granted;
    }

    private TimeSpan Now() => timeProvider.GetElapsedTime(started);

    private sealed class PacedLease(bool isAcquired) : RateLimitLease
    {
        public override bool IsAcquired { get; } = isAcquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
