namespace EthicsBot.Dialogs.Leaderboards;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Reports;
using Newtonsoft.Json.Linq;

/// <summary>The Monday card: last week's ranking of a unit's children, only units above the privacy floor.</summary>
public static class LeaderboardCard
{
    /// <summary>A channel card stays readable; units below this many places are left off (never the ties of the last place shown).</summary>
    public const int MaxRows = 10;

    public static JObject Build(
        UiStrings strings, string unitName, DateOnly weekStart, DateOnly weekEnd, IReadOnlyList<LeaderboardEntry> ranked, int unranked, int minGroupSize,
        string? season = null, IReadOnlyList<string>? topicNames = null)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(ranked);
        var title = strings.LeaderboardTitle(unitName);
        var week = strings.LeaderboardWeek(weekStart, weekEnd);
        var body = new List<JObject> { CardJson.Text(title, TextStyle.Title), CardJson.Text(week, TextStyle.Subtle) };
        var plain = new List<string> { title, week };
        if (season is not null)
        {
            var line = strings.LeaderboardSeason(season, topicNames is { Count: > 0 } ? string.Join(", ", topicNames) : null);
            body.Add(CardJson.Text(line, TextStyle.Heading));
            plain.Add(line);
        }

        var shown = ranked.Where(e => e.Rank <= MaxRows).ToList();
        if (shown.Count == 0)
        {
            body.Add(CardJson.Text(strings.LeaderboardNobodyRanked));
            plain.Add(strings.LeaderboardNobodyRanked);
        }
        else
        {
            var rows = shown.Select(e => ($"{e.Rank}. {e.Name}", strings.LeaderboardEntry(e.Participation, e.Accuracy))).ToList();
            body.Add(CardJson.Facts(rows));
            plain.AddRange(rows.Select(r => $"{r.Item1}: {r.Item2}"));
        }

        if (unranked > 0)
        {
            body.Add(CardJson.Text(strings.LeaderboardUnranked(unranked, minGroupSize), TextStyle.Subtle));
            plain.Add(strings.LeaderboardUnranked(unranked, minGroupSize));
        }

        body.Add(CardJson.Text(strings.LeaderboardHow, TextStyle.Subtle));
        return CardJson.Card(string.Join('\n', plain), body);
    }
}
