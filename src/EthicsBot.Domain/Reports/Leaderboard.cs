namespace EthicsBot.Domain.Reports;

using EthicsBot.Domain.Calendar;

/// <summary>A unit's week as the leaderboard reads it; only units the privacy plan shows are given.</summary>
public sealed record LeaderboardInput(string UnitId, string Name, int Enrolled, int Active, int Answers, int Correct);

/// <param name="Score">Participation share times accuracy share, in points out of 100.</param>
public sealed record LeaderboardEntry(int Rank, string UnitId, string Name, double Participation, double Accuracy, double Score);

/// <summary>
/// The friendly competition ("thi đua") between sibling units: ranked by the share of enrolled people who practised,
/// weighted by how often they answered right. Both are rates, so a commune of 8 where everyone practises well ranks with
/// a department of 800 that does the same. A unit with fewer active people than the floor is not ranked, since its score
/// would tell that small group's accuracy.
/// </summary>
public static class Leaderboard
{
    public static (IReadOnlyList<LeaderboardEntry> Ranked, int Unranked) Rank(IEnumerable<LeaderboardInput> units, int floor)
    {
        ArgumentNullException.ThrowIfNull(units);
        var all = units.ToList();
        var scored = all.Where(u => u.Enrolled >= floor && u.Active >= floor && u.Answers > 0)
            .Select(u => (u, Participation: Math.Min(1.0, (double)u.Active / u.Enrolled), Accuracy: (double)u.Correct / u.Answers))
            .Select(x => (x.u, x.Participation, x.Accuracy, Score: Math.Round(100 * x.Participation * x.Accuracy, 1)))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Participation).ThenBy(x => x.u.Name, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<LeaderboardEntry>();
        for (var i = 0; i < scored.Count; i++)
        {
            // Equal scores share a place (1, 2, 2, 4).
            var rank = i > 0 && scored[i].Score == scored[i - 1].Score ? ranked[i - 1].Rank : i + 1;
            var (u, participation, accuracy, score) = scored[i];
            ranked.Add(new LeaderboardEntry(rank, u.UnitId, u.Name, Math.Round(100 * participation, 1), Math.Round(100 * accuracy, 1), score));
        }

        return (ranked, all.Count - ranked.Count);
    }

    /// <summary>The Monday of the last complete week before <paramref name="today"/>.</summary>
    public static DateOnly LastWeek(DateOnly today) => Weeks.MondayOf(today).AddDays(-7);
}
