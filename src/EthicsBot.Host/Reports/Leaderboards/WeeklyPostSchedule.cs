namespace EthicsBot.Host.Reports.Leaderboards;

using EthicsBot.Domain.Calendar;

/// <summary>
/// When the weekly card is due: 08:00 local on the first workday of the week (Monday, or the next workday when Monday
/// is a holiday), for the week before. A week with no workday at all (a long Tết break) has no card.
/// </summary>
internal static class WeeklyPostSchedule
{
    public static readonly TimeOnly PostAt = new(8, 0);

    /// <param name="now">The current instant.</param>
    /// <returns>The Monday of the week to post and the instant it fell due, or null when nothing is due yet this week.</returns>
    public static (DateOnly WeekStart, DateTimeOffset DueAt)? Due(DateTimeOffset now, WorkCalendar calendar, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var today = TimeZones.LocalDate(now, zone);
        var monday = Weeks.MondayOf(today);
        var postDay = calendar.IsWorkday(monday) ? monday : calendar.NextWorkday(monday);
        if (postDay > monday.AddDays(6))
        {
            return null;
        }

        var dueAt = TimeZones.ToInstant(postDay, PostAt, zone);
        return now >= dueAt ? (monday.AddDays(-7), dueAt) : null;
    }
}
