namespace EthicsBot.Domain.Daily;

using EthicsBot.Domain.Calendar;

/// <summary>
/// Streaks count workdays on which the user completed the daily questions. Weekends, holidays and paused
/// days neither count nor break a streak; a completion on such a day is ignored.
/// </summary>
public static class StreakCalculator
{
    /// <summary>
    /// Consecutive completed workdays counting back from <paramref name="today"/>. Today counts when completed;
    /// a workday today that is not completed yet keeps the streak alive from the previous workday.
    /// </summary>
    public static int Current(
        IEnumerable<DateOnly> completedDays,
        DateOnly today,
        WorkCalendar calendar,
        IEnumerable<DateOnly>? pausedDays = null)
    {
        ArgumentNullException.ThrowIfNull(completedDays);
        ArgumentNullException.ThrowIfNull(calendar);
        var completed = completedDays.ToHashSet();
        var paused = pausedDays?.ToHashSet() ?? [];
        if (completed.Count == 0)
        {
            return 0;
        }

        var earliest = completed.Min();
        var streak = 0;
        for (var day = today; day >= earliest; day = day.AddDays(-1))
        {
            if (!Counts(day, calendar, paused))
            {
                continue;
            }

            if (completed.Contains(day))
            {
                streak++;
            }
            else if (day != today)
            {
                break;
            }
        }

        return streak;
    }

    /// <summary>The longest run of consecutive completed workdays ever.</summary>
    public static int Longest(
        IEnumerable<DateOnly> completedDays,
        WorkCalendar calendar,
        IEnumerable<DateOnly>? pausedDays = null)
    {
        ArgumentNullException.ThrowIfNull(completedDays);
        ArgumentNullException.ThrowIfNull(calendar);
        var completed = completedDays.ToHashSet();
        var paused = pausedDays?.ToHashSet() ?? [];
        if (completed.Count == 0)
        {
            return 0;
        }

        int longest = 0, run = 0;
        for (var day = completed.Min(); day <= completed.Max(); day = day.AddDays(1))
        {
            if (!Counts(day, calendar, paused))
            {
                continue;
            }

            run = completed.Contains(day) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>Every date from <paramref name="first"/> to <paramref name="last"/>, to turn pause ranges into paused days.</summary>
    public static IEnumerable<DateOnly> DaysBetween(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static bool Counts(DateOnly day, WorkCalendar calendar, HashSet<DateOnly> paused) =>
        calendar.IsWorkday(day) && !paused.Contains(day);
}
