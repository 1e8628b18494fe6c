namespace EthicsBot.Domain.Daily;

using EthicsBot.Domain.Calendar;

/// <summary>When the daily quiz is sent, when its reminder goes out, and how pausing works.</summary>
public static class DailyRules
{
    /// <summary>Unanswered workdays in a row after which the bot stops sending.</summary>
    public const int DefaultAutoPauseThreshold = 5;
    /// <summary>Longest vacation hold a user can ask for.</summary>
    public const int MaxPauseDays = 365;

    /// <summary>End of Vietnamese office hours: reminders never go out at or after it.</summary>
    public static TimeOnly DefaultOfficeHoursEnd { get; } = new(17, 0);

    /// <summary>The user's zone; Asia/Ho_Chi_Minh when the stored id is unknown.</summary>
    public static TimeZoneInfo TimeZoneOf(DailySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return TimeZones.Resolve(settings.TimeZone);
    }

    /// <summary>The user's calendar date at <paramref name="now"/>.</summary>
    public static DateOnly LocalDate(DailySettings settings, DateTimeOffset now) =>
        TimeZones.LocalDate(now, TimeZoneOf(settings));

    /// <summary>True when auto-paused, or when the date falls on or before <see cref="DailySettings.PausedUntil"/>.</summary>
    public static bool IsPaused(DailySettings settings, DateOnly localDate)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.AutoPaused || localDate <= settings.PausedUntil;
    }

    /// <summary>True when the user should get a daily quiz on this local date.</summary>
    public static bool IsDeliveryDay(DailySettings settings, WorkCalendar calendar, DateOnly localDate)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(calendar);
        return settings.Enabled && !IsPaused(settings, localDate) && calendar.IsWorkday(localDate);
    }

    /// <summary>True when today is a delivery day and the local time has reached <see cref="DailySettings.DeliverAt"/>.</summary>
    public static bool IsDeliveryDue(DailySettings settings, WorkCalendar calendar, DateTimeOffset now)
    {
        var zone = TimeZoneOf(settings);
        var today = TimeZones.LocalDate(now, zone);
        return IsDeliveryDay(settings, calendar, today) && now >= TimeZones.ToInstant(today, settings.DeliverAt, zone);
    }

    /// <summary>
    /// When to remind the user who has not answered today's quiz: <paramref name="delay"/> after the delivery
    /// time, or null when that falls at or after <paramref name="officeHoursEnd"/> (default 17:00) or today is
    /// not a delivery day. Nobody is nudged about work questions in the evening.
    /// </summary>
    public static DateTimeOffset? ReminderDueAt(
        DailySettings settings, WorkCalendar calendar, DateTimeOffset now, TimeSpan delay, TimeOnly? officeHoursEnd = null)
    {
        if (delay <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "A reminder comes after the delivery.");
        }

        var zone = TimeZoneOf(settings);
        var today = TimeZones.LocalDate(now, zone);
        var remindAt = settings.DeliverAt.Add(delay, out var wrappedDays);
        if (!IsDeliveryDay(settings, calendar, today) || wrappedDays > 0 || remindAt >= (officeHoursEnd ?? DefaultOfficeHoursEnd))
        {
            return null;
        }

        return TimeZones.ToInstant(today, remindAt, zone);
    }

    /// <summary>True once the user has left <paramref name="threshold"/> delivered workdays in a row unanswered.</summary>
    public static bool ShouldAutoPause(int consecutiveUnansweredWorkdays, int threshold = DefaultAutoPauseThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        return consecutiveUnansweredWorkdays >= threshold;
    }

    /// <summary>
    /// "Tạm dừng N ngày": no deliveries for N calendar days starting today (local), so PausedUntil is today + N − 1.
    /// A new pause replaces the previous one. <paramref name="days"/> must be 1 to <see cref="MaxPauseDays"/>.
    /// </summary>
    public static DailySettings Pause(DailySettings settings, int days, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxPauseDays);
        return settings with { PausedUntil = LocalDate(settings, now).AddDays(days - 1) };
    }

    /// <summary>The bot's own pause after too many unanswered workdays; it lasts until the user resumes.</summary>
    public static DailySettings AutoPause(DailySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { AutoPaused = true };
    }

    /// <summary>Deliveries start again: clears both kinds of pause and turns the daily quiz back on.</summary>
    public static DailySettings Resume(DailySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings with { Enabled = true, PausedUntil = null, AutoPaused = false };
    }
}
