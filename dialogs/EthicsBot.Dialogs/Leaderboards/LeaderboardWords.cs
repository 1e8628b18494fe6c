namespace EthicsBot.Dialogs.Leaderboards;

using EthicsBot.Dialogs.Routing;
using EthicsBot.Domain;

/// <summary>"bảng xếp hạng bật hue" / "leaderboard off" (folded words) to a command; null when the words are not these.</summary>
internal static class LeaderboardWords
{
    private static readonly string[] Vietnamese = ["bang xep hang"];
    private static readonly string[] English = ["leaderboard"];

    public static LeaderboardCommand? Parse(string words)
    {
        var (rest, language) = CommandParser.AfterPrefix(words, Vietnamese) is { } vi ? (vi, Locale.Vi)
            : CommandParser.AfterPrefix(words, English) is { } en ? (en, Locale.En)
            : ((string?)null, Locale.Vi);
        if (rest is null)
        {
            return null;
        }

        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        var verb = space < 0 ? rest : rest[..space];
        var unit = space < 0 ? null : rest[(space + 1)..];
        return verb switch
        {
            "bat" or "on" => new LeaderboardCommand(true, unit, language),
            "tat" or "off" => new LeaderboardCommand(false, null, language),
            // Anything else shows the registration and how to use the command, rather than guessing.
            _ => new LeaderboardCommand(null, null, language),
        };
    }
}
