namespace EthicsBot.Host.Daily.Throttling;

using System.Threading.RateLimiting;

/// <summary>
/// A System.Threading.RateLimiting limiter that spaces permits exactly 1/rate apart on an injected clock. Each request
/// reserves the next free slot and waits for it, so the rate comes from the reservations: a wake-up that runs late
/// under load delays that one send and costs no throughput. A log of the last second's slots also caps every sliding
/// second (what Teams counts), refunds included (see <see cref="Refund"/>). The framework's
/// TokenBucketRateLimiter refills from the real clock, which a test clock cannot drive.
/// </summary>
internal sealed class PacedRateLimiter : RateLimiter
{
    private static readonly RateLimitLease Granted = new PacedLease(isAcquired: true);
    private static readonly RateLimitLease Refused = new PacedLease(isAcquired: false);
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan interval;
    private readonly long started;
    private readonly Lock gate = new();
    private readonly int perSecond;
    // Slots handed out in the last second, oldest first, less the refunded ones.
    private readonly List<TimeSpan> lastSecond = [];
    private TimeSpan nextFree;

    /// <param name="perSecondCap">
    /// Most slots in any sliding second, refunds included; by default the rate itself. Set it between the rate and the
    /// server's limit to keep the refunds' throughput and still never reach the limit.
    /// </param>
    public PacedRateLimiter(double permitsPerSecond, TimeProvider timeProvider, int? perSecondCap = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(permitsPerSecond, 0);
        this.timeProvider = timeProvider;
        interval = TimeSpan.FromTicks((long)Math.Round(TimeSpan.TicksPerSecond / permitsPerSecond));
        perSecond = Math.Max(1, perSecondCap ?? (int)Math.Floor(permitsPerSecond));
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
    /// Only reservations still ahead are moved: an idle limiter banks nothing, so no burst can build up. The latest slot
    /// already passed leaves the log in its place (the refunded request's own slot was a few milliseconds before it):
    /// refunds moved slots earlier while the 503s they answered fell out of the sliding second at other moments, and
    /// seconds that drew more refunds than 503s went over the limit (about 80 429s in a 20,000-card push, each a card
    /// retried a second later). With the log, no second holds more than the cap, refunds or not.
    /// </summary>
    public void Refund()
    {
        lock (gate)
        {
            var now = Now();
            var passed = lastSecond.FindLastIndex(slot => slot <= now);
            if (passed >= 0)
            {
                lastSecond.RemoveAt(passed);
            }

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

            var slot = SlotFor(now, permitCount);
            if (slot > now)
            {
                return Refused; // the pace allows it, the sliding second is full
            }

            Take(slot, permitCount);
            return Granted;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (gate)
        {
            var now = Now();
            var slot = SlotFor(now, permitCount);
            Take(slot, permitCount);
            wait = slot - now;
        }

        if (wait > TimeSpan.Zero)
        {
            // A cancelled wait leaves its slot unused; that only happens at shutdown.
            await Task.Delay(wait, timeProvider, cancellationToken);
        }

        return Granted;
    }

    /// <summary>The next free slot that also leaves room in its sliding second; the caller holds the lock.</summary>
    private TimeSpan SlotFor(TimeSpan now, int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, perSecond);
        var slot = nextFree > now ? nextFree : now;
        Forget(slot);
        // Full: wait until enough of the second's slots have left the window.
        return lastSecond.Count + permitCount > perSecond
            ? lastSecond[lastSecond.Count + permitCount - perSecond - 1] + TimeSpan.FromSeconds(1)
            : slot;
    }

    private void Take(TimeSpan slot, int permitCount)
    {
        Forget(slot);
        for (var i = 0; i < permitCount; i++)
        {
            lastSecond.Add(slot);
        }

        nextFree = slot + (interval * permitCount);
    }

    // Slots are reserved in order, so a slot a second older than this one is older than every later one too.
    private void Forget(TimeSpan slot)
    {
        var old = 0;
        while (old < lastSecond.Count && lastSecond[old] <= slot - TimeSpan.FromSeconds(1))
        {
            old++;
        }

        lastSecond.RemoveRange(0, old);
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
