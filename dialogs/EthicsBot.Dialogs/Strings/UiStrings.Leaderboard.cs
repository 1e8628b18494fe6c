namespace EthicsBot.Dialogs.Strings;

/// <summary>The weekly leaderboard: registering a channel for it, and the Monday card.</summary>
public abstract partial class UiStrings
{
    public abstract string HelpLeaderboard { get; }
    public abstract string LeaderboardChannelOnly { get; }
    public abstract string LeaderboardOn(string unitPath);
    public abstract string LeaderboardOff { get; }
    public abstract string LeaderboardWasOff { get; }
    public abstract string LeaderboardNeedUnit { get; }
    public abstract string LeaderboardNotAllowed { get; }
    public abstract string LeaderboardUnitNotFound(string query);
    public abstract string LeaderboardUnitAmbiguous(string query, string choices);
    /// <summary>Whether this conversation gets the card (null path: it does not) and how to change that.</summary>
    public abstract string LeaderboardStatus(string? unitPath);
    public abstract string LeaderboardTitle(string unitName);
    public abstract string LeaderboardWeek(DateOnly from, DateOnly to);
    /// <summary>Both figures are percentages (0–100).</summary>
    public abstract string LeaderboardEntry(double participation, double accuracy);
    public abstract string LeaderboardNobodyRanked { get; }
    public abstract string LeaderboardUnranked(int count, int minGroupSize);
    public abstract string LeaderboardHow { get; }
    /// <summary>The season's name and, when it focuses on some, the topics that count this week.</summary>
    public abstract string LeaderboardSeason(string season, string? topics);
}
