namespace EthicsBot.Domain.Tests.Daily;

using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Daily;
using EthicsBot.Domain.Tests.TestData;
using Microsoft.Extensions.Time.Testing;

public sealed partial class DailyRulesTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly WorkCalendar _calendar = Calendars.Vietnam2026();
    private readonly DailySettings _settings = new();
    // Monday 2 March 2026, 07:59 in Hanoi.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 7, 59, 0, Vietnam));

    [Fact]
    public void LocalDate_UtcLateEvening_NextDayInVietnam() =>
        Assert.Equal(new DateOnly(2026, 3, 3), DailyRules.LocalDate(_settings, new DateTimeOffset(2026, 3, 2, 17, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void LocalDate_InvalidTimeZone_FallsBackToVietnam()
    {
        var settings = _settings with { TimeZone = "Not/A_Zone" };

        Assert.Equal(new DateOnly(2026, 3, 3), DailyRules.LocalDate(settings, new DateTimeOffset(2026, 3, 2, 17, 30, 0, TimeSpan.Zero)));
        Assert.Equal(TimeZones.Resolve(TimeZones.VietnamId), DailyRules.TimeZoneOf(settings));
    }

    [Fact]
    public void IsDeliveryDue_WorkdayBeforeAndAtDeliverAt_OnlyOnceTimeReached()
    {
        Assert.False(DailyRules.IsDeliveryDue(_settings, _calendar, _clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.True(DailyRules.IsDeliveryDue(_settings, _calendar, _clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromHours(9));
        Assert.True(DailyRules.IsDeliveryDue(_settings, _calendar, _clock.GetUtcNow()));
    }

    [Theory]
    [InlineData("2026-03-07")] // Saturday
    [InlineData("2026-03-08")] // Sunday
    [InlineData("2026-02-17")] // Tết
    [InlineData("2026-04-30")]
    public void IsDeliveryDue_DayOff_False(string date) =>
        Assert.False(DailyRules.IsDeliveryDue(_settings, _calendar, At(DateOnly.Parse(date), 9, 0)));

    [Fact]
    public void IsDeliveryDue_MakeupSaturday_True() =>
        Assert.True(DailyRules.IsDeliveryDue(_settings, _calendar, At(Calendars.MakeupSaturday, 9, 0)));

    [Fact]
    public void IsDeliveryDue_Disabled_False() =>
        Assert.False(DailyRules.IsDeliveryDue(_settings with { Enabled = false }, _calendar, At(new(2026, 3, 2), 9, 0)));

    [Fact]
    public void IsDeliveryDue_PausedUntilToday_False_ThenTrueNextWorkday()
    {
        var settings = _settings with { PausedUntil = new DateOnly(2026, 3, 2) };

        Assert.False(DailyRules.IsDeliveryDue(settings, _calendar, At(new(2026, 3, 2), 9, 0)));
        Assert.True(DailyRules.IsDeliveryDue(settings, _calendar, At(new(2026, 3, 3), 9, 0)));
    }

    [Fact]
    public void IsDeliveryDue_AutoPaused_False() =>
        Assert.False(DailyRules.IsDeliveryDue(_settings with { AutoPaused = true }, _calendar, At(new(2026, 3, 2), 9, 0)));

    [Fact]
    public void IsDeliveryDue_TokyoUser_UsesTokyoWallClock()
    {
        var settings = _settings with { TimeZone = "Asia/Tokyo" };
        // Sunday 23:30 UTC is Monday 08:30 in Tokyo but only Monday 06:30 in Hanoi.
        var now = new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.Zero);

        Assert.True(DailyRules.IsDeliveryDue(settings, _calendar, now));
        Assert.False(DailyRules.IsDeliveryDue(_settings, _calendar, now));
    }

    [Fact]
    public void ReminderDueAt_InsideOfficeHours_DeliveryPlusDelay() =>
        Assert.Equal(At(new(2026, 3, 2), 11, 0), DailyRules.ReminderDueAt(_settings, _calendar, _clock.GetUtcNow(), TimeSpan.FromHours(3)));

    [Fact]
    public void ReminderDueAt_PastOfficeHours_Null()
    {
        var settings = _settings with { DeliverAt = new TimeOnly(15, 0) };

        Assert.Null(DailyRules.ReminderDueAt(settings, _calendar, _clock.GetUtcNow(), TimeSpan.FromHours(3)));
    }

    [Fact]
    public void ReminderDueAt_ExactlyAtOfficeEnd_Null() =>
        Assert.Null(DailyRules.ReminderDueAt(_settings, _calendar, _clock.GetUtcNow(), TimeSpan.FromHours(9)));

    [Fact]
    public void ReminderDueAt_PastMidnight_Null()
    {
        var settings = _settings with { DeliverAt = new TimeOnly(8, 0) };

        Assert.Null(DailyRules.ReminderDueAt(settings, _calendar, _clock.GetUtcNow(), TimeSpan.FromHours(20), new TimeOnly(23, 0)));
    }

    [Fact]
    public void ReminderDueAt_CustomOfficeEnd_Respected()
    {
        var delay = TimeSpan.FromHours(4);

        Assert.Null(DailyRules.ReminderDueAt(_settings, _calendar, _clock.GetUtcNow(), delay, new TimeOnly(11, 30)));
        Assert.Equal(At(new(2026, 3, 2), 12, 0), DailyRules.ReminderDueAt(_settings, _calendar, _clock.GetUtcNow(), delay, new TimeOnly(16, 30)));
    }

    [Fact]
    public void ReminderDueAt_NotDeliveryDay_Null() =>
        Assert.Null(DailyRules.ReminderDueAt(_settings, _calendar, At(new(2026, 3, 7), 9, 0), TimeSpan.FromHours(2)));

    [Fact]
    public void ReminderDueAt_NoDelay_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DailyRules.ReminderDueAt(_settings, _calendar, _clock.GetUtcNow(), TimeSpan.Zero));

    private static DateTimeOffset At(DateOnly date, int hour, int minute) =>
        new(date.ToDateTime(new TimeOnly(hour, minute)), Vietnam);
}
