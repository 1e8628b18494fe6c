namespace EthicsBot.Domain.Tests.Daily;

using EthicsBot.Domain.Daily;

public sealed partial class DailyRulesTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(9, true)]
    public void ShouldAutoPause_DefaultThreshold_PausesFromFifthUnansweredWorkday(int unanswered, bool expected) =>
        Assert.Equal(expected, DailyRules.ShouldAutoPause(unanswered));

    [Fact]
    public void ShouldAutoPause_CustomThreshold_Respected()
    {
        Assert.False(DailyRules.ShouldAutoPause(2, threshold: 3));
        Assert.True(DailyRules.ShouldAutoPause(3, threshold: 3));
    }

    [Fact]
    public void ShouldAutoPause_ZeroThreshold_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DailyRules.ShouldAutoPause(3, threshold: 0));

    [Fact]
    public void Pause_FiveDays_NoDeliveryTodayAndNextFourCalendarDays()
    {
        var paused = DailyRules.Pause(_settings, 5, _clock.GetUtcNow());

        Assert.Equal(new DateOnly(2026, 3, 6), paused.PausedUntil);
        Assert.All(StreakCalculator.DaysBetween(new(2026, 3, 2), new(2026, 3, 6)), d => Assert.True(DailyRules.IsPaused(paused, d)));
        Assert.False(DailyRules.IsPaused(paused, new DateOnly(2026, 3, 7)));
        Assert.True(DailyRules.IsDeliveryDue(paused, _calendar, At(new(2026, 3, 9), 8, 0)));
    }

    [Fact]
    public void Pause_LateEveningUtc_CountsFromUsersLocalDate()
    {
        var paused = DailyRules.Pause(_settings, 1, new DateTimeOffset(2026, 3, 2, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 3, 3), paused.PausedUntil);
    }

    [Fact]
    public void Pause_AgainWithShorterHold_ReplacesPrevious()
    {
        var longHold = DailyRules.Pause(_settings, 30, _clock.GetUtcNow());

        Assert.Equal(new DateOnly(2026, 3, 3), DailyRules.Pause(longHold, 2, _clock.GetUtcNow()).PausedUntil);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(DailyRules.MaxPauseDays + 1)]
    public void Pause_DaysOutOfRange_Throws(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DailyRules.Pause(_settings, days, _clock.GetUtcNow()));

    [Fact]
    public void AutoPause_Settings_PausedUntilResume()
    {
        var paused = DailyRules.AutoPause(_settings);

        Assert.True(paused.AutoPaused);
        Assert.True(DailyRules.IsPaused(paused, new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Resume_PausedAndDisabled_ClearsEverythingAndEnables()
    {
        var stopped = _settings with { Enabled = false, AutoPaused = true, PausedUntil = new DateOnly(2026, 12, 31) };

        var resumed = DailyRules.Resume(stopped);

        Assert.True(resumed.Enabled);
        Assert.False(resumed.AutoPaused);
        Assert.Null(resumed.PausedUntil);
        Assert.True(DailyRules.IsDeliveryDue(resumed, _calendar, At(new(2026, 3, 2), 8, 0)));
    }
}
