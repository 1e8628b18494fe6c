namespace EthicsBot.Content.Tests.Validation;

public sealed class CalendarRulesTests : IDisposable
{
    private const string C = "calendar.yaml";
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Load_Calendar_ExpandsRangesAndKeepsMakeupDays()
    {
        var calendar = content.Load().Catalog!.Calendar;

        Assert.Equal("Asia/Ho_Chi_Minh", calendar.DefaultTimeZone);
        Assert.Equal(10, calendar.Holidays.Count);
        Assert.Equal("Tết Nguyên đán", calendar.HolidayName(new DateOnly(2026, 2, 17))!.Vi);
        Assert.True(calendar.IsHoliday(new DateOnly(2026, 2, 22)));
        Assert.False(calendar.IsHoliday(new DateOnly(2026, 2, 23)));
        Assert.True(calendar.IsWorkday(new DateOnly(2026, 1, 10)));
        Assert.Equal([new DateOnly(2026, 1, 10)], calendar.MakeupWorkdays);
    }

    [Fact]
    public void Check_UnknownTimeZone_IsAnError()
    {
        content.Replace(C, "timezone: Asia/Ho_Chi_Minh", "timezone: Asia/Hanoi_City");

        Assert.Equal(["calendar.yaml:1:11: unknown time zone 'Asia/Hanoi_City' (use an IANA id such as Asia/Ho_Chi_Minh)"], content.Errors());
    }

    [Fact]
    public void Check_RangeEndingBeforeItStarts_IsAnError()
    {
        content.Replace(C, "    to: 2026-02-22", "    to: 2026-02-10");

        Assert.Equal(["calendar.yaml:6:9: 'to' 2026-02-10 is before 'from' 2026-02-14"], content.Errors());
    }

    [Fact]
    public void Check_RangeLongerThanTwoWeeks_IsAnError()
    {
        content.Replace(C, "    to: 2026-02-22", "    to: 2026-03-22");

        Assert.Equal(["calendar.yaml:6:9: the range covers 37 days; at most 14 are allowed (is the month or year a typo?)"], content.Errors());
    }

    [Fact]
    public void Check_DateAndRangeTogether_IsAnError()
    {
        content.Replace(C, "  - from: 2026-02-14", "  - from: 2026-02-14\n    date: 2026-02-14");

        Assert.Equal(["calendar.yaml:5:5: give either 'date' or 'from' and 'to', not both"], content.Errors());
    }

    [Fact]
    public void Check_RangeWithoutEnd_IsAnError()
    {
        content.Replace(C, "    to: 2026-02-22\n", string.Empty);

        Assert.Equal(["calendar.yaml:5:5: a holiday needs 'date', or both 'from' and 'to'"], content.Errors());
    }

    [Fact]
    public void Check_DayInTwoHolidays_IsAnError()
    {
        content.Replace(C, "  - date: 2026-01-01", "  - date: 2026-02-15");

        Assert.Equal(["calendar.yaml:5:5: 2026-02-15 is already a holiday (line 3)"], content.Errors());
    }

    [Fact]
    public void Check_MakeupDayOnAWeekday_IsAnError()
    {
        content.Replace(C, "  - date: 2026-01-10", "  - date: 2026-01-12");

        Assert.Equal(["calendar.yaml:9:11: make-up working day 2026-01-12 is a Monday; only a weekend day can be made a working day"], content.Errors());
    }

    [Fact]
    public void Check_MakeupDayOnAHoliday_IsAnError()
    {
        content.Replace(C, "  - date: 2026-01-10", "  - date: 2026-02-14");

        Assert.Equal(["calendar.yaml:9:11: 2026-02-14 is a holiday; a day cannot be both"], content.Errors());
    }

    [Fact]
    public void Check_HolidayWithBadDate_IsAnError()
    {
        content.Replace(C, "  - date: 2026-01-01", "  - date: 2026-1-1");

        Assert.Equal(["calendar.yaml:3:11: '2026-1-1' is not a valid date; write YYYY-MM-DD"], content.Errors());
    }

    [Fact]
    public void Check_MisspelledSection_IsAnUnknownKey()
    {
        content.Replace(C, "makeup_workdays:", "makeup_days:");

        Assert.Contains("calendar.yaml:8:1: unknown key 'makeup_days' (allowed: timezone, holidays, makeup_workdays)", content.Errors());
    }
}
