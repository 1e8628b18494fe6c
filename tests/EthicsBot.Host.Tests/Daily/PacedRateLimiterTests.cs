namespace EthicsBot.Host.Tests.Daily;

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
