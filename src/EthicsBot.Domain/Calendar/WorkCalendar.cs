namespace EthicsBot.Domain.Calendar;

/// <summary>A public holiday or a block of days off, named in both languages.</summary>
public sealed record Holiday(DateOnly Date, Content.LocalizedString Name);

/// <summary>
/// Vietnamese working days: Monday to Friday, minus public holidays (Tết included), plus the Saturdays
/// the government declares as make-up working days. Loaded from content/calendar.yaml.
/// </summary>
public sealed record WorkCalendar
{
    public required IReadOnlyList<Holiday> Holidays { get; init; }
    public required IReadOnlySet<DateOnly> MakeupWorkdays { get; init; }
    public required string DefaultTimeZone { get; init; }

    public static WorkCalendar WeekdaysOnly { get; } = new()
    {
        Holidays = [],
        MakeupWorkdays = new HashSet<DateOnly>(),
        DefaultTimeZone = "Asia/Ho_Chi_Minh",
    };
}
