namespace EthicsBot.Dialogs.Routing;

using System.Globalization;
using System.Text.RegularExpressions;
using EthicsBot.Dialogs.Daily;

/// <summary>
/// The daily-settings commands, on folded text: "nhắc hằng ngày" / "daily" alone shows the settings; with
/// "bật|on", "tắt|off", a time ("8:30", "8h30", "lúc 8 giờ"), "tạm dừng 5 ngày|pause 5 days" or
/// "tiếp tục|resume" it changes them. "tạm dừng 5 ngày" and "pause 5 days" also work alone.
/// </summary>
internal static partial class DailyCommandParser
{
    private static readonly string[] Prefixes = ["nhac hang ngay", "cau hoi hang ngay", "hang ngay", "daily"];
    private static readonly string[] PauseWords = ["tam dung", "pause"];

    /// <summary>The Vietnamese words the daily commands start with (for LanguageHint).</summary>
    public static IEnumerable<string> VietnameseWords => [.. Prefixes.Where(p => p != "daily"), "tam dung", "nhac"];

    /// <summary>The daily-settings button's "setting" value to a command; an unreadable one shows the settings with the usage.</summary>
    public static DailyCommand FromSetting(string? setting) => setting switch
    {
        null => new DailyCommand(DailyAction.Show),
        "on" => new DailyCommand(DailyAction.On),
        "off" => new DailyCommand(DailyAction.Off),
        "resume" => new DailyCommand(DailyAction.Resume),
        _ when setting.StartsWith("pause:", StringComparison.Ordinal)
            && int.TryParse(setting.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            => new DailyCommand(DailyAction.Pause, Days: days),
        _ => new DailyCommand(DailyAction.Show, Invalid: true),
    };

    public static DailyCommand? Parse(string words)
    {
        if (CommandParser.AfterPrefix(words, PauseWords) is { } standalonePause)
        {
            // "tạm dừng" alone does not say for how long: show the settings and how to say it.
            return standalonePause.Length > 0 ? Pause(standalonePause) : new DailyCommand(DailyAction.Show, Invalid: true);
        }

        if (CommandParser.AfterPrefix(words, Prefixes) is not { } rest)
        {
            return null;
        }

        return rest switch
        {
            "" => new DailyCommand(DailyAction.Show),
            "on" or "bat" => new DailyCommand(DailyAction.On),
            "off" or "tat" => new DailyCommand(DailyAction.Off),
            "resume" or "tiep tuc" or "bat lai" => new DailyCommand(DailyAction.Resume),
            _ when CommandParser.AfterPrefix(rest, PauseWords) is { } days => Pause(days),
            _ when Time(rest) is { } time => new DailyCommand(DailyAction.SetTime, Time: time),
            _ => new DailyCommand(DailyAction.Show, Invalid: true),
        };
    }

    private static DailyCommand Pause(string days)
    {
        var match = DaysPattern().Match(days);
        return match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? new DailyCommand(DailyAction.Pause, Days: n)
            : new DailyCommand(DailyAction.Show, Invalid: true);
    }

    private static TimeOnly? Time(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    // "8", "8 30", "8h", "8h30", "8 gio 30", "luc 8 gio", "at 8 30" (":" and "." became spaces when the text was cleaned).
    [GeneratedRegex(@"^(?:luc |at )?(?<h>[0-9]{1,2})(?: ?(?:h|gio))?(?: ?(?<m>[0-9]{2}))?(?: ?(?:phut|am))?$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(?<n>[0-9]{1,3})(?: (?:ngay|days?))?$")]
    private static partial Regex DaysPattern();
}
