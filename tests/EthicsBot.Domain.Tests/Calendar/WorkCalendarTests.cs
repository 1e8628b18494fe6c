namespace EthicsBot.Domain.Tests.Calendar;

using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Tests.TestData;

public sealed class WorkCalendarTests
{
    private readonly WorkCalendar _calendar = Calendars.Vietnam2026();

    [Theory]
    [InlineData("2026-03-02", true)] // Monday
    [InlineData("2026-03-06", true)] // Friday
    [InlineData("2026-03-07", false)] // Saturday
    [InlineData("2026-03-08", false)] // Sunday
    public void IsWorkday_OrdinaryWeek_MondayToFridayOnly(string date, bool expected) =>
        Assert.Equal(expected, _calendar.IsWorkday(DateOnly.Parse(date)));

    [Fact]
    public void NextWorkday_Friday_ReturnsMonday() =>
        Assert.Equal(new DateOnly(2026, 3, 9), _calendar.NextWorkday(new DateOnly(2026, 3, 6)));

    [Fact]
    public void PreviousWorkday_Monday_ReturnsFriday() =>
        Assert.Equal(new DateOnly(2026, 3, 6), _calendar.PreviousWorkday(new DateOnly(2026, 3, 9)));

    [Fact]
    public void NextWorkday_Wednesday_ReturnsThursday() =>
        Assert.Equal(new DateOnly(2026, 3, 5), _calendar.NextWorkday(new DateOnly(2026, 3, 4)));

    [Fact]
    public void IsWorkday_Tet2026Break_EveryDayOff()
    {
        var tet = StreakDays(Calendars.TetFirst, Calendars.TetLast);

        Assert.Equal(9, tet.Count);
        Assert.All(tet, day => Assert.False(_calendar.IsWorkday(day)));
        Assert.All(tet, day => Assert.True(_calendar.IsHoliday(day)));
    }

    [Fact]
    public void NextWorkday_FridayBeforeTet2026_ReturnsMondayAfterBreak() =>
        Assert.Equal(new DateOnly(2026, 2, 23), _calendar.NextWorkday(new DateOnly(2026, 2, 13)));

    [Fact]
    public void PreviousWorkday_MondayAfterTet2026_ReturnsFridayBeforeBreak() =>
        Assert.Equal(new DateOnly(2026, 2, 13), _calendar.PreviousWorkday(new DateOnly(2026, 2, 23)));

    [Fact]
    public void IsWorkday_MakeupSaturday_True()
    {
        Assert.True(_calendar.IsWorkday(Calendars.MakeupSaturday));
        Assert.True(_calendar.IsMakeupWorkday(Calendars.MakeupSaturday));
        Assert.False(_calendar.IsWorkday(Calendars.MakeupSaturday.AddDays(1)));
    }

    [Fact]
    public void NextWorkday_FridayBeforeMakeupSaturday_ReturnsSaturday() =>
        Assert.Equal(Calendars.MakeupSaturday, _calendar.NextWorkday(new DateOnly(2026, 5, 8)));

    [Theory]
    [InlineData("2026-04-30")]
    [InlineData("2026-05-01")]
    public void IsWorkday_ReunificationAndLabourDay_False(string date) =>
        Assert.False(_calendar.IsWorkday(DateOnly.Parse(date)));

    [Fact]
    public void NextWorkday_WednesdayBefore30April_ReturnsMonday4May() =>
        Assert.Equal(new DateOnly(2026, 5, 4), _calendar.NextWorkday(new DateOnly(2026, 4, 29)));

    [Fact]
    public void HolidayName_TetDay_ReturnsBothLanguages()
    {
        var name = _calendar.HolidayName(new DateOnly(2026, 2, 17));

        Assert.Equal("Tết Nguyên đán", name?.Vi);
        Assert.Equal("Lunar New Year", name?.En);
    }

    [Fact]
    public void HolidayName_OrdinaryDay_Null()
    {
        Assert.Null(_calendar.HolidayName(new DateOnly(2026, 3, 2)));
        Assert.Null(_calendar.FindHoliday(new DateOnly(2026, 3, 2)));
        Assert.False(_calendar.IsHoliday(new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void IsWorkday_DateListedAsHolidayAndMakeup_HolidayWins()
    {
        var saturday = new DateOnly(2026, 3, 7);
        var calendar = WorkCalendar.Create([new Holiday(saturday, new LocalizedString("x", "x"))], [saturday]);

        Assert.False(calendar.IsWorkday(saturday));
        Assert.False(calendar.IsMakeupWorkday(saturday));
    }

    [Fact]
    public void NextWorkday_CalendarWithoutWorkdays_Throws()
    {
        var start = new DateOnly(2026, 1, 1);
        var calendar = WorkCalendar.Create(Holiday.Range(start, start.AddDays(800), new LocalizedString("x", "x")), []);

        Assert.Throws<InvalidOperationException>(() => calendar.NextWorkday(start));
    }

    [Fact]
    public void Create_NoTimeZoneGiven_DefaultsToHoChiMinh() =>
        Assert.Equal("Asia/Ho_Chi_Minh", WorkCalendar.Create([], []).DefaultTimeZone);

    [Fact]
    public void WeekdaysOnly_Weekday_IsWorkdayWithoutHolidays()
    {
        Assert.True(WorkCalendar.WeekdaysOnly.IsWorkday(new DateOnly(2026, 4, 30)));
        Assert.False(WorkCalendar.WeekdaysOnly.IsWorkday(new DateOnly(2026, 5, 2)));
    }

    private static List<DateOnly> StreakDays(DateOnly first, DateOnly last) =>
        [.. EthicsBot.Domain.Daily.StreakCalculator.DaysBetween(first, last)];
}
