namespace EthicsBot.Domain.Tests.Daily;

using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Daily;
using EthicsBot.Domain.Tests.TestData;

public sealed class StreakCalculatorTests
{
    private static readonly DateOnly Monday = new(2026, 3, 9);
    private readonly WorkCalendar _calendar = Calendars.Vietnam2026();

    [Fact]
    public void Current_NoCompletions_Zero() => Assert.Equal(0, StreakCalculator.Current([], Monday, _calendar));

    [Fact]
    public void Current_CompletedTodayAndPreviousWorkdays_CountsAll() =>
        Assert.Equal(3, StreakCalculator.Current([Monday.AddDays(-4), Monday.AddDays(-3), Monday], Monday, _calendar));

    [Fact]
    public void Current_TodayNotYetCompleted_AliveFromPreviousWorkday() =>
        Assert.Equal(2, StreakCalculator.Current([Monday.AddDays(-4), Monday.AddDays(-3)], Monday, _calendar));

    [Fact]
    public void Current_PreviousWorkdayMissed_OnlyToday() =>
        Assert.Equal(1, StreakCalculator.Current([Monday.AddDays(-4), Monday], Monday, _calendar));

    [Fact]
    public void Current_LastCompletionTwoWorkdaysAgo_Zero() =>
        Assert.Equal(0, StreakCalculator.Current([Monday.AddDays(-4)], Monday.AddDays(1), _calendar));

    [Fact]
    public void Current_TodayIsSunday_CountsBackFromFriday() =>
        Assert.Equal(2, StreakCalculator.Current([Monday.AddDays(-4), Monday.AddDays(-3)], Monday.AddDays(-1), _calendar));

    [Fact]
    public void Current_AcrossTet2026_NotBroken()
    {
        DateOnly[] done = [new(2026, 2, 12), new(2026, 2, 13), new(2026, 2, 23)];

        Assert.Equal(3, StreakCalculator.Current(done, new DateOnly(2026, 2, 23), _calendar));
    }

    [Fact]
    public void Current_Across30AprilAnd1May_NotBroken()
    {
        DateOnly[] done = [new(2026, 4, 29), new(2026, 5, 4)];

        Assert.Equal(2, StreakCalculator.Current(done, new DateOnly(2026, 5, 4), _calendar));
    }

    [Fact]
    public void Current_MakeupSaturdayMissed_Broken()
    {
        DateOnly[] done = [new(2026, 5, 8), new(2026, 5, 11)];

        Assert.Equal(1, StreakCalculator.Current(done, new DateOnly(2026, 5, 11), _calendar));
    }

    [Fact]
    public void Current_MakeupSaturdayCompleted_Counts()
    {
        DateOnly[] done = [new(2026, 5, 8), Calendars.MakeupSaturday, new(2026, 5, 11)];

        Assert.Equal(3, StreakCalculator.Current(done, new DateOnly(2026, 5, 11), _calendar));
    }

    [Fact]
    public void Current_PausedWorkdays_DoNotBreak()
    {
        DateOnly[] paused = [Monday.AddDays(-3), Monday];
        DateOnly[] done = [Monday.AddDays(-4), Monday.AddDays(1)];

        Assert.Equal(2, StreakCalculator.Current(done, Monday.AddDays(1), _calendar, paused));
    }

    [Fact]
    public void Current_PauseRangeFromSettings_DoesNotBreak()
    {
        var paused = StreakCalculator.DaysBetween(Monday, Monday.AddDays(4));
        DateOnly[] done = [Monday.AddDays(-3), Monday.AddDays(7)];

        Assert.Equal(2, StreakCalculator.Current(done, Monday.AddDays(7), _calendar, paused));
    }

    [Fact]
    public void Current_CompletionOnOrdinarySaturday_NeitherCountsNorBreaks()
    {
        DateOnly[] done = [Monday.AddDays(-3), Monday.AddDays(-2), Monday];

        Assert.Equal(2, StreakCalculator.Current(done, Monday, _calendar));
    }

    [Fact]
    public void Longest_TwoRuns_ReturnsLonger()
    {
        DateOnly[] done = [Monday, Monday.AddDays(1), Monday.AddDays(2), Monday.AddDays(4), Monday.AddDays(7)];

        Assert.Equal(3, StreakCalculator.Longest(done, _calendar));
    }

    [Fact]
    public void Longest_RunAcrossTet_Continues()
    {
        DateOnly[] done = [new(2026, 2, 11), new(2026, 2, 12), new(2026, 2, 13), new(2026, 2, 23), new(2026, 2, 24)];

        Assert.Equal(5, StreakCalculator.Longest(done, _calendar));
    }

    [Fact]
    public void Longest_PausedGap_Continues()
    {
        DateOnly[] done = [Monday, Monday.AddDays(2)];

        Assert.Equal(1, StreakCalculator.Longest(done, _calendar));
        Assert.Equal(2, StreakCalculator.Longest(done, _calendar, [Monday.AddDays(1)]));
    }

    [Fact]
    public void Longest_NoCompletions_Zero() => Assert.Equal(0, StreakCalculator.Longest([], _calendar));

    [Fact]
    public void DaysBetween_Range_InclusiveOfBothEnds() =>
        Assert.Equal([Monday, Monday.AddDays(1), Monday.AddDays(2)], StreakCalculator.DaysBetween(Monday, Monday.AddDays(2)));
}
