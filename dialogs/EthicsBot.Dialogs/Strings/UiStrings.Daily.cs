namespace EthicsBot.Dialogs.Strings;

/// <summary>The daily quiz: the pushed card, its reminder, and the settings dialog.</summary>
public abstract partial class UiStrings
{
    public abstract string DailyTitle { get; }
    public abstract string DailyCardHeading(DateOnly date);
    public abstract string DailyReminder { get; }
    public abstract string DailyAutoPaused { get; }
    public abstract string DailyResumeButton { get; }
    public abstract string DailyOnButton { get; }
    public abstract string DailyOffButton { get; }
    public abstract string DailyPauseWeekButton { get; }
    public abstract string DailyStatusLabel { get; }
    public abstract string DailyOn { get; }
    public abstract string DailyOff { get; }
    public abstract string DailyPausedUntil(DateOnly lastDay);
    public abstract string DailyAutoPausedStatus { get; }
    public abstract string DailyTimeLabel { get; }
    public abstract string DailyCountLabel { get; }
    public abstract string DailyWorkdaysNote { get; }
    public abstract string DailyUsage { get; }
    public abstract string DailyInvalid { get; }
    public abstract string DailyTurnedOn { get; }
    public abstract string DailyTurnedOff { get; }
    public abstract string DailyTimeSet(TimeOnly time);
    public abstract string DailyPaused(DateOnly lastDay);
    public abstract string DailyResumed { get; }
    public abstract string DailyTimeOutOfHours(TimeOnly earliest, TimeOnly end);
    public abstract string DailyPauseRange(int maxDays);
    public abstract string WelcomeDaily(TimeOnly time, int questions);
    public abstract string HelpDaily { get; }

    public static string Clock(TimeOnly time) => time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
