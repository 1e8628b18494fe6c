namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Host.Daily.Delivery;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NextAfter_RetriesFromSeveralDrains_EarliestStillAheadAndPastOnesForgotten()
    {
        var schedule = new RetrySchedule();
        schedule.Add(Now + TimeSpan.FromSeconds(3));
        schedule.Add(Now - TimeSpan.FromSeconds(1));
        schedule.Add(Now + TimeSpan.FromSeconds(1));

        var next = schedule.NextAfter(Now);
        var later = schedule.NextAfter(Now + TimeSpan.FromSeconds(2));
        var none = schedule.NextAfter(Now + TimeSpan.FromSeconds(3));

        Assert.Equal(Now + TimeSpan.FromSeconds(1), next);
        Assert.Equal(Now + TimeSpan.FromSeconds(3), later);
        Assert.Null(none);
    }
}
