namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Host.Daily.Throttling;
using Microsoft.Extensions.Time.Testing;

public sealed class TenantGateTests
{
    private static readonly TimeSpan Completes = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AcquireAsync_BeyondTheRate_WaitsForTheNextToken()
    {
        using var gate = new TenantGate(requestsPerSecond: 10, pauseAfter: 3, longestPause: TimeSpan.FromSeconds(30), time);

        await gate.AcquireAsync(CancellationToken.None).AsTask().WaitAsync(Completes);
        var second = gate.AcquireAsync(CancellationToken.None).AsTask();
        var notYet = second.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(100));
        await second.WaitAsync(Completes);

        Assert.False(notYet);
    }

    [Fact]
    public async Task AcquireAsync_SustainedDemand_GrantsTheConfiguredRatePerSecond()
    {
        using var gate = new TenantGate(requestsPerSecond: 50, pauseAfter: 3, longestPause: TimeSpan.FromSeconds(30), time);
        var granted = 0;
        var waiting = Enumerable.Range(0, 200).Select(async _ =>
        {
            await gate.AcquireAsync(CancellationToken.None);
            Interlocked.Increment(ref granted);
        }).ToList();

        for (var i = 0; i < 100; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(10)); // one second in 10 ms steps
        }

        await Eventually.HoldsAsync(() => Task.FromResult(Volatile.Read(ref granted) >= 51));

        // Slots 20 ms apart from the first request: 0, 20, ..., 1000 ms. No burst on top of the rate.
        Assert.Equal(51, Volatile.Read(ref granted));
        Assert.Equal(149, waiting.Count(t => !t.IsCompleted));
    }

    [Fact]
    public async Task ReportThrottled_RepeatedForASecondWithoutSuccess_PausesTheTenantForRetryAfter()
    {
        using var gate = new TenantGate(requestsPerSecond: 100, pauseAfter: 3, longestPause: TimeSpan.FromSeconds(30), time);

        var first = gate.ReportThrottled(TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromMilliseconds(500));
        var second = gate.ReportThrottled(TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromMilliseconds(500));
        var third = gate.ReportThrottled(TimeSpan.FromSeconds(2));
        var acquire = gate.AcquireAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(1999));
        var duringPause = acquire.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(1));
        await acquire.WaitAsync(Completes);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Equal(time.GetUtcNow(), third);
        Assert.False(duringPause);
    }

    [Fact]
    public async Task ReportThrottled_BurstShorterThanASecond_DoesNotPause()
    {
        using var gate = new TenantGate(requestsPerSecond: 100, pauseAfter: 3, longestPause: TimeSpan.FromSeconds(30), time);

        // Twenty 429s 10 ms apart: sends that bunched over Teams' sliding second, not a tenant out of quota.
        var pauses = new List<DateTimeOffset?>();
        for (var i = 0; i < 20; i++)
        {
            pauses.Add(gate.ReportThrottled(TimeSpan.FromSeconds(1)));
            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        var acquire = gate.AcquireAsync(CancellationToken.None).AsTask();
        await acquire.WaitAsync(Completes);

        Assert.All(pauses, Assert.Null);
        Assert.True(gate.PausedUntil <= time.GetUtcNow());
    }

    [Fact]
    public void ReportThrottled_PausesKeepComing_DoubleUpToTheLongestPause()
    {
        using var gate = new TenantGate(requestsPerSecond: 100, pauseAfter: 1, longestPause: TimeSpan.FromSeconds(30), time);

        var pauses = Enumerable.Range(0, 7).Select(_ => ThrottledForASecond(gate)).ToList();
        gate.ReportSuccess();
        time.Advance(TimeSpan.FromMinutes(1));
        var afterSuccess = ThrottledForASecond(gate);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30], pauses.Select(p => p.TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(1), afterSuccess);
    }

    [Fact]
    public async Task ReportUncounted_NoThrottling_GivesTheSlotToTheNextSend()
    {
        using var gate = new TenantGate(requestsPerSecond: 10, pauseAfter: 3, longestPause: TimeSpan.FromSeconds(30), time);
        await gate.AcquireAsync(CancellationToken.None); // slot at 0 ms
        var second = gate.AcquireAsync(CancellationToken.None).AsTask(); // slot at 100 ms

        gate.ReportUncounted();
        var third = gate.AcquireAsync(CancellationToken.None).AsTask(); // 100 ms too, instead of 200 ms
        time.Advance(TimeSpan.FromMilliseconds(100));

        await Task.WhenAll(second, third).WaitAsync(Completes);
        Assert.True(third.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task ReportUncounted_While429sCome_KeepsThePace()
    {
        using var gate = new TenantGate(requestsPerSecond: 10, pauseAfter: 3, longestPause: TimeSpan.FromSeconds(30), time);
        await gate.AcquireAsync(CancellationToken.None);
        var second = gate.AcquireAsync(CancellationToken.None).AsTask();
        gate.ReportThrottled(TimeSpan.FromSeconds(1));

        gate.ReportUncounted();
        var third = gate.AcquireAsync(CancellationToken.None).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(100));
        await second.WaitAsync(Completes);
        var thirdAtSecondSlot = third.IsCompleted;
        time.Advance(TimeSpan.FromMilliseconds(100));
        await third.WaitAsync(Completes);

        Assert.False(thirdAtSecondSlot);
    }

    /// <summary>A 429 now and another a second later, with no success between; returns the pause that started.</summary>
    private TimeSpan ThrottledForASecond(TenantGate gate)
    {
        Assert.Null(gate.ReportThrottled(TimeSpan.FromSeconds(1)));
        time.Advance(TimeSpan.FromSeconds(1));
        return gate.ReportThrottled(TimeSpan.FromSeconds(1))!.Value - time.GetUtcNow();
    }

    [Fact]
    public void ReportThrottled_SuccessInBetween_DoesNotPause()
    {
        using var gate = new TenantGate(requestsPerSecond: 100, pauseAfter: 3, longestPause: TimeSpan.FromSeconds(30), time);

        gate.ReportThrottled(null);
        gate.ReportThrottled(null);
        gate.ReportSuccess();
        var third = gate.ReportThrottled(null);

        Assert.Null(third);
        Assert.True(gate.PausedUntil <= time.GetUtcNow());
    }
}
