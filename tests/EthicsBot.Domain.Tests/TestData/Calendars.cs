namespace EthicsBot.Domain.Tests.TestData;

using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;

internal static class Calendars
{
    public static readonly DateOnly TetFirst = new(2026, 2, 14);
    public static readonly DateOnly TetLast = new(2026, 2, 22);
    /// <summary>A make-up working Saturday invented for the tests.</summary>
    public static readonly DateOnly MakeupSaturday = new(2026, 5, 9);

    /// <summary>2026 with the civil-service Tết break, 30/4–1/5 and one make-up Saturday.</summary>
    public static WorkCalendar Vietnam2026() => WorkCalendar.Create(
        [
            .. Holiday.Range(TetFirst, TetLast, new LocalizedString("Tết Nguyên đán", "Lunar New Year")),
            new Holiday(new DateOnly(2026, 4, 30), new LocalizedString("Ngày Giải phóng miền Nam", "Reunification Day")),
            new Holiday(new DateOnly(2026, 5, 1), new LocalizedString("Ngày Quốc tế Lao động", "Labour Day")),
        ],
        [MakeupSaturday]);
}
