namespace EthicsBot.Host.Tests.Daily;

using System.Threading.RateLimiting;
using EthicsBot.Host.Daily.Throttling;
using Microsoft.Extensions.Time.Testing;

public sealed class PacedRateLimiterTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AttemptAcquire_WithinOneInterval_RefusedUntilTheNextSlot()
    {
        using var limiter = new PacedRateLimiter(permitsPerSecond: 4, time);

        var first = limiter.AttemptAcquire();
        var tooSoon = limiter.AttemptAcquire();
        time.Advance(TimeSpan.FromMilliseconds(249));
        var stillTooSoon = limiter.AttemptAcquire();
        time.Advance(TimeSpan.FromMilliseconds(1));
        var onTime = limiter.AttemptAcquire();

        Assert.Equal([true, false, false, true], new[] { first, tooSoon, stillTooSoon, onTime }.Select(l => l.IsAcquired));
    }

    [Fact]
    public async Task AcquireAsync_ClockJumpsAheadAtOnce_GrantsEverySlotThatPassedSoLateWakeupsCostNoThroughput()
    {
        using var limiter = new PacedRateLimiter(permitsPerSecond: 100, time);
        var waiting = Enumerable.Range(0, 300).Select(_ => limiter.AcquireAsync().AsTask()).ToList();

        time.Advance(TimeSpan.FromSeconds(1));
        await Eventually.HoldsAsync(() => Task.FromResult(waiting.Count(t => t.IsCompleted) >= 101));

        Assert.Equal(101, waiting.Count(t => t.IsCompleted)); // slots at 0, 10, ..., 1000 ms
        Assert.All(waiting.Where(t => t.IsCompleted), t => Assert.True(t.Result.IsAcquired));
    }

    [Fact]
    public async Task Refund_WhileReservationsWait_NextRequestTakesTheFreedSlot()
    {
        using var limiter = new PacedRateLimiter(permitsPerSecond: 10, time);
        var reserved = Enumerable.Range(0, 3).Select(_ => limiter.AcquireAsync().AsTask()).ToList(); // 0, 100, 200 ms

        limiter.Refund();
        var next = limiter.AcquireAsync().AsTask();
        time.Advance(TimeSpan.FromMilliseconds(200));
        await Eventually.HoldsAsync(() => Task.FromResult(next.IsCompleted));

        // Without the refund the fourth request would have waited for 300 ms.
        Assert.True((await next).IsAcquired);
        Assert.All(reserved, t => Assert.True(t.IsCompleted));
    }

    [Theory]
    [InlineData(null, 9, 10)] // capped at the rate: reservations refunded later held their place, so a second may hold one less
    [InlineData(11, 10, 11)] // capped between the rate and the server's limit: the refunds keep their throughput
    public async Task AcquireAsync_RefundsWhileReservationsQueue_NoSecondHoldsMoreThanTheCap(int? cap, int least, int most)
    {
        // Off xUnit's synchronization context: the limiter's continuation after its timed wait then runs inside
        // Advance, at the fake instant its timer fired. Posted to the context instead, it ran later on a loaded machine,
        // after the loop had already moved the clock on, and requests were counted late and bunched into one second.
        var counted = await Task.Run(async () =>
        {
            using var limiter = new PacedRateLimiter(permitsPerSecond: 10, time, cap);
            var started = time.GetUtcNow();
            var observed = new List<TimeSpan>();
            var queued = new Queue<Task<RateLimitLease>>(Enumerable.Range(0, 5).Select(_ => limiter.AcquireAsync().AsTask()));

            // Senders keep five reservations ahead, as the delivery engine does; every third request comes back uncounted
            // (a 503) and is refunded at once. A refunded slot's replacement lands half a second later, in seconds the
            // 503 is no longer part of: without the log those seconds held eleven counted requests at a cap of ten.
            for (var done = 1; done <= 90; done++)
            {
                var next = queued.Dequeue();
                while (!next.IsCompleted)
                {
                    time.Advance(TimeSpan.FromMilliseconds(1));
                    await Task.Yield();
                }

                await next;
                if (done % 3 == 0)
                {
                    limiter.Refund();
                }
                else
                {
                    observed.Add(time.GetUtcNow() - started);
                }

                queued.Enqueue(limiter.AcquireAsync().AsTask());
            }

            return observed;
        });

        var busiest = counted.Max(end => counted.Count(t => t > end - TimeSpan.FromSeconds(1) && t <= end));
        Assert.InRange(busiest, least, most);
    }

    [Fact]
    public async Task AttemptAcquire_PacedSlotFreeButSecondFull_RefusedUntilASlotLeavesTheWindow()
    {
        using var limiter = new PacedRateLimiter(permitsPerSecond: 2, time);
        Assert.True(limiter.AttemptAcquire().IsAcquired); // slot 0
        var second = limiter.AcquireAsync().AsTask(); // slot 500 ms
        limiter.Refund(); // the request at 0 was not counted
        var third = limiter.AcquireAsync().AsTask(); // takes the freed place: 500 ms too
        limiter.Refund(); // nothing already passed is left to give back, yet the pace moves to 500 ms again
        time.Advance(TimeSpan.FromMilliseconds(500));
        await Task.WhenAll(second, third).WaitAsync(TimeSpan.FromSeconds(10));

        var paceAllowsWindowDoesNot = limiter.AttemptAcquire();
        time.Advance(TimeSpan.FromMilliseconds(999));
        var stillInTheWindow = limiter.AttemptAcquire();
        time.Advance(TimeSpan.FromMilliseconds(1));
        var afterTheWindow = limiter.AttemptAcquire();

        Assert.False(paceAllowsWindowDoesNot.IsAcquired);
        Assert.False(stillInTheWindow.IsAcquired);
        Assert.True(afterTheWindow.IsAcquired);
    }

    [Fact]
    public void Refund_WhileIdle_BanksNothing()
    {
        using var limiter = new PacedRateLimiter(permitsPerSecond: 4, time);
        time.Advance(TimeSpan.FromSeconds(5));

        limiter.Refund();
        limiter.Refund();
        var first = limiter.AttemptAcquire();
        var second = limiter.AttemptAcquire();

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired);
    }
}
