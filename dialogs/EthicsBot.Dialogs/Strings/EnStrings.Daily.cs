namespace EthicsBot.Dialogs.Strings;

using System.Globalization;

public sealed partial class EnStrings
{
    public override string DailyTitle => "Daily quiz";
    public override string DailyCardHeading(DateOnly date) => $"Daily quiz · {date.ToString("dddd", CultureInfo.InvariantCulture)} {Date(date)}";
    public override string DailyReminder => "A gentle reminder: today's daily question is still waiting for you.";
    public override string DailyAutoPaused =>
        "I have paused the daily quiz because it went unanswered several workdays in a row. Type \"daily resume\" when you want it back.";
    public override string DailyResumeButton => "Resume the daily quiz";
    public override string DailyOnButton => "Turn on";
    public override string DailyOffButton => "Turn off";
    public override string DailyPauseWeekButton => "Pause 7 days";
    public override string DailyStatusLabel => "Status";
    public override string DailyOn => "On";
    public override string DailyOff => "Off";
    public override string DailyPausedUntil(DateOnly lastDay) => $"Paused until {Date(lastDay)} inclusive";
    public override string DailyAutoPausedStatus => "Paused after several unanswered workdays";
    public override string DailyTimeLabel => "Sent at";
    public override string DailyCountLabel => "Questions each day";
    public override string DailyWorkdaysNote => "Sent on workdays only; weekends and public holidays, Tết included, are skipped.";
    public override string DailyUsage =>
        "Type \"daily on\" or \"daily off\", \"daily 8:30\" to change the time, \"pause 5 days\" when you are away, \"daily resume\" to get it back.";
    public override string DailyInvalid => "I didn't understand that setting.";
    public override string DailyTurnedOn => "The daily quiz is on.";
    public override string DailyTurnedOff => "The daily quiz is off. You can still type \"quiz\" any time.";
    public override string DailyTimeSet(TimeOnly time) => $"From now on the daily quiz comes at {Clock(time)}.";
    public override string DailyPaused(DateOnly lastDay) => $"The daily quiz is paused until {Date(lastDay)} inclusive.";
    public override string DailyResumed => "The daily quiz is back on.";
    public override string DailyTimeOutOfHours(TimeOnly earliest, TimeOnly end) =>
        $"Please pick a time within office hours, from {Clock(earliest)} to before {Clock(end)}.";
    public override string DailyPauseRange(int maxDays) => $"You can pause for 1 to {maxDays} days.";
    public override string WelcomeDaily(TimeOnly time, int questions) =>
        $"Every workday at {Clock(time)} I will send you {(questions == 1 ? "one question" : $"{questions} questions")}; type \"daily\" to change the time or turn it off.";
    public override string HelpDaily => "See and change the daily quiz (on/off, time, pause)";
}
