namespace EthicsBot.Domain.Calendar;

using EthicsBot.Domain.Content;

/// <summary>
/// Vietnamese working days: Monday to Friday, minus public holidays (Tết included), plus the Saturdays
/// the government declares as make-up working days. Loaded from content/calendar.yaml.
/// </summary>
public sealed record WorkCalendar
{
    // A year of consecutive days off cannot happen; hitting it means the calendar data is broken.
    private const int MaxSearchDays = 366;

    public required IReadOnlyList<Holiday> Holidays { get; init; }
    public required IReadOnlySet<DateOnly> MakeupWorkdays { get; init; }
    public required string DefaultTimeZone { get; init; }

    public static WorkCalendar WeekdaysOnly { get; } = new()
    {
        Holidays = [],
        MakeupWorkdays = new HashSet<DateOnly>(),
        DefaultTimeZone = "Asia/Ho_Chi_Minh",
    };

    /// <summary>Builds a calendar from holidays and make-up working days (usually Saturdays).</summary>
    public static WorkCalendar Create(
        IEnumerable<Holiday> holidays, IEnumerable<DateOnly> makeupWorkdays, string timeZone = TimeZones.VietnamId)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(makeupWorkdays);
        return new WorkCalendar
        {
            Holidays = [.. holidays.OrderBy(h => h.Date)],
            MakeupWorkdays = new HashSet<DateOnly>(makeupWorkdays),
            DefaultTimeZone = timeZone,
        };
    }

    /// <summary>
    /// True on Monday–Friday that are not holidays, and on declared make-up days. A holiday wins over a make-up
    /// day listed for the same date, so a data mistake never sends a quiz on a day off.
    /// </summary>
    public bool IsWorkday(DateOnly date)
    {
        if (IsHoliday(date))
        {
            return false;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || MakeupWorkdays.Contains(date);
    }

    /// <summary>True when the date is a listed public holiday or day of a holiday block.</summary>
    public bool IsHoliday(DateOnly date) => FindHoliday(date) is not null;

    /// <summary>True when the government moved a working day onto this (weekend) date.</summary>
    public bool IsMakeupWorkday(DateOnly date) => MakeupWorkdays.Contains(date) && !IsHoliday(date);

    /// <summary>The holiday on this date, or null.</summary>
    public Holiday? FindHoliday(DateOnly date)
    {
        foreach (var holiday in Holidays)
        {
            if (holiday.Date == date)
            {
                return holiday;
            }
        }

        return null;
    }

    /// <summary>The holiday's name in both languages, or null on an ordinary day.</summary>
    public LocalizedString? HolidayName(DateOnly date) => FindHoliday(date)?.Name;

    /// <summary>The first workday strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkday(DateOnly date) => Step(date, 1);

    /// <summary>The last workday strictly before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkday(DateOnly date) => Step(date, -1);

    private DateOnly Step(DateOnly date, int direction)
    {
        var day = date;
        for (var i = 0; i < MaxSearchDays; i++)
        {
            day = day.AddDays(direction);
            if (IsWorkday(day))
            {
                return day;
            }
        }

        throw new InvalidOperationException($"The work calendar has no workday within {MaxSearchDays} days of {date:yyyy-MM-dd}.");
    }
}
