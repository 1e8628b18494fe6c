namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;
using EthicsBot.Domain.Calendar;

/// <summary>calendar.yaml: a known time zone, well-formed dates, no day listed twice, make-up days on weekends.</summary>
internal static class CalendarRules
{
    /// <summary>The longest Tết break so far is 9–10 days; a longer range is almost surely a typo in a month or year.</summary>
    public const int MaxRangeDays = 14;

    public static void Check(RawCalendar? calendar, ContentDiagnostics diagnostics)
    {
        if (calendar is null)
        {
            return;
        }

        // Asia/Ho_Chi_Minh works even on a machine without tzdata (TimeZones has a fixed +07:00 fallback).
        if (calendar.TimeZone is { } zone && zone.Value != TimeZones.VietnamId && !TimeZones.IsKnown(zone.Value))
        {
            diagnostics.Error(zone.At, $"unknown time zone '{zone.Value}' (use an IANA id such as Asia/Ho_Chi_Minh)");
        }

        var holidays = new Dictionary<DateOnly, SourceMark>();
        foreach (var holiday in calendar.Holidays)
        {
            foreach (var date in HolidayDates(holiday, diagnostics))
            {
                if (!holidays.TryAdd(date, holiday.At))
                {
                    diagnostics.Error(holiday.At, $"{date:yyyy-MM-dd} is already a holiday (line {holidays[date].Line})");
                }
            }
        }

        var makeup = new HashSet<DateOnly>();
        foreach (var day in calendar.MakeupWorkdays)
        {
            if (day.Date is null)
            {
                diagnostics.Error(day.At, "missing 'date'");
            }
            else if (RawValues.Date(day.Date, diagnostics) is { } date)
            {
                if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    diagnostics.Error(day.Date.At, $"make-up working day {day.Date.Value} is a {date.DayOfWeek}; only a weekend day can be made a working day");
                }

                if (holidays.ContainsKey(date))
                {
                    diagnostics.Error(day.Date.At, $"{day.Date.Value} is a holiday; a day cannot be both");
                }
                else if (!makeup.Add(date))
                {
                    diagnostics.Error(day.Date.At, $"make-up working day {day.Date.Value} is listed twice");
                }
            }
        }
    }

    /// <summary>The days a holiday entry covers; empty (with the problem reported) when the entry is malformed.</summary>
    public static IEnumerable<DateOnly> HolidayDates(RawCalendarDay holiday, ContentDiagnostics diagnostics)
    {
        if (holiday.Date is not null && (holiday.From is not null || holiday.To is not null))
        {
            diagnostics.Error(holiday.At, "give either 'date' or 'from' and 'to', not both");
            return [];
        }

        if (holiday.Date is not null)
        {
            return RawValues.Date(holiday.Date, diagnostics) is { } date ? [date] : [];
        }

        if (holiday.From is null || holiday.To is null)
        {
            diagnostics.Error(holiday.At, "a holiday needs 'date', or both 'from' and 'to'");
            return [];
        }

        var (from, to) = (RawValues.Date(holiday.From, diagnostics), RawValues.Date(holiday.To, diagnostics));
        if (from is null || to is null)
        {
            return [];
        }

        var days = to.Value.DayNumber - from.Value.DayNumber + 1;
        if (days < 1)
        {
            diagnostics.Error(holiday.To.At, $"'to' {holiday.To.Value} is before 'from' {holiday.From.Value}");
            return [];
        }

        if (days > MaxRangeDays)
        {
            diagnostics.Error(holiday.To.At, $"the range covers {days} days; at most {MaxRangeDays} are allowed (is the month or year a typo?)");
            return [];
        }

        return Enumerable.Range(0, days).Select(from.Value.AddDays);
    }
}
