namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Host.Daily.Throttling;

public sealed class ConversationSendLogTests
{
    private static readonly SendWindow[] TeamsLimits =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    private static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryReserve_EighthSendWithinASecond_WaitsUntilTheFirstLeavesTheWindow()
    {
        var log = new ConversationSendLog();
        var granted = Enumerable.Range(0, 7).Select(i => log.TryReserve(Start + TimeSpan.FromMilliseconds(100 * i), TeamsLimits)).ToList();

        var eighth = log.TryReserve(Start + TimeSpan.FromMilliseconds(700), TeamsLimits);

        Assert.All(granted, wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(TimeSpan.FromMilliseconds(300), eighth);
        Assert.Equal(TimeSpan.Zero, log.TryReserve(Start + TimeSpan.FromSeconds(1), TeamsLimits));
    }

    [Fact]
    public void TryReserve_SixtyFirstSendWithin30Seconds_WaitsForThe30SecondWindow()
    {
        var log = new ConversationSendLog();
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, log.TryReserve(Start + TimeSpan.FromMilliseconds(250 * i), TeamsLimits)); // 4 a second
        }

        var next = log.TryReserve(Start + TimeSpan.FromSeconds(15), TeamsLimits);

        Assert.Equal(TimeSpan.FromSeconds(15), next);
    }

    [Fact]
    public void TryReserve_HourlyLimitReached_WaitsForTheHourWindow()
    {
        var log = new ConversationSendLog();
        SendWindow[] hourOnly = [new(3, TimeSpan.FromHours(1))];
        log.TryReserve(Start, hourOnly);
        log.TryReserve(Start + TimeSpan.FromMinutes(10), hourOnly);
        log.TryReserve(Start + TimeSpan.FromMinutes(20), hourOnly);

        var fourth = log.TryReserve(Start + TimeSpan.FromMinutes(30), hourOnly);
        var afterFirstExpired = log.TryReserve(Start + TimeSpan.FromHours(1), hourOnly);

        Assert.Equal(TimeSpan.FromMinutes(30), fourth);
        Assert.Equal(TimeSpan.Zero, afterFirstExpired);
    }
}
