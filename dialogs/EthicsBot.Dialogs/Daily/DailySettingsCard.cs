namespace EthicsBot.Dialogs.Daily;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Daily;
using Newtonsoft.Json.Linq;

/// <summary>The user's daily-quiz settings with the buttons and words that change them.</summary>
public static class DailySettingsCard
{
    public static JObject Build(UiStrings strings, DailySettings settings, DateOnly today, int questionsPerDay, string? notice, TextStyle noticeStyle)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(settings);
        (string, string)[] facts =
        [
            (strings.DailyStatusLabel, Status(strings, settings, today)),
            (strings.DailyTimeLabel, $"{UiStrings.Clock(settings.DeliverAt)} ({settings.TimeZone})"),
            (strings.DailyCountLabel, questionsPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
        var body = new List<JObject> { CardJson.Text(strings.DailyTitle, TextStyle.Title) };
        var plain = new List<string> { strings.DailyTitle };
        if (notice is not null)
        {
            body.Add(CardJson.Text(notice, noticeStyle));
            plain.Add(notice);
        }

        body.Add(CardJson.Facts(facts));
        body.Add(CardJson.Text(strings.DailyWorkdaysNote, TextStyle.Subtle));
        body.Add(CardJson.Text(strings.DailyUsage, TextStyle.Subtle));
        plain.AddRange(facts.Select(f => $"{f.Item1}: {f.Item2}"));
        plain.Add(strings.DailyUsage);
        return CardJson.Card(string.Join('\n', plain), body, Actions(strings, settings, today));
    }

    public static string Status(UiStrings strings, DailySettings settings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Enabled)
        {
            return strings.DailyOff;
        }

        if (settings.AutoPaused)
        {
            return strings.DailyAutoPausedStatus;
        }

        return settings.PausedUntil is { } until && until >= today ? strings.DailyPausedUntil(until) : strings.DailyOn;
    }

    private static IEnumerable<JObject> Actions(UiStrings strings, DailySettings settings, DateOnly today)
    {
        var paused = settings.AutoPaused || settings.PausedUntil >= today;
        if (!settings.Enabled || paused)
        {
            yield return CardJson.Submit(strings.DailyResumeButton, new ButtonData { Verb = CardVerbs.Daily, Setting = "resume" });
        }
        else
        {
            yield return CardJson.Submit(strings.DailyPauseWeekButton, new ButtonData { Verb = CardVerbs.Daily, Setting = "pause:7" });
        }

        if (settings.Enabled)
        {
            yield return CardJson.Submit(strings.DailyOffButton, new ButtonData { Verb = CardVerbs.Daily, Setting = "off" });
        }
    }
}
