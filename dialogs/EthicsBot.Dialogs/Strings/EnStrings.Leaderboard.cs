namespace EthicsBot.Dialogs.Strings;

using System.Globalization;

public sealed partial class EnStrings
{
    public override string HelpLeaderboard => "In a channel or group chat: get (or stop) the units' leaderboard every Monday morning";
    public override string LeaderboardChannelOnly =>
        "This command works in a Teams channel or group chat with the bot: type \"leaderboard on\" there to get the weekly leaderboard.";
    public override string LeaderboardOn(string unitPath) =>
        $"On: every Monday morning (the first workday of the week) this conversation gets the leaderboard of the units under {unitPath}. Type \"leaderboard off\" to stop.";
    public override string LeaderboardOff => "Off: this conversation no longer gets the weekly leaderboard.";
    public override string LeaderboardNotAllowed =>
        "Only the contest organisers named by the deployment can turn this group's leaderboard on or off. Ask one of them to type the command.";
    public override string LeaderboardWasOff => "This conversation was not getting the leaderboard.";
    public override string LeaderboardNeedUnit =>
        "You have not chosen a unit yet. Name one after the command, e.g. \"leaderboard on Huế\", or choose yours with \"unit\" in your chat with the bot.";
    public override string LeaderboardUnitNotFound(string query) => $"No unit matches \"{query}\". Try another name or the unit's id.";
    public override string LeaderboardUnitAmbiguous(string query, string choices) =>
        $"Several units match \"{query}\": {choices}. Type the command again with the id in brackets.";
    public override string LeaderboardStatus(string? unitPath) =>
        (unitPath is null ? "This conversation does not get the weekly leaderboard." : $"This conversation gets the leaderboard of the units under {unitPath} on Monday mornings.")
        + " Type \"leaderboard on\" (optionally with a unit name) to turn it on, \"leaderboard off\" to turn it off.";
    public override string LeaderboardTitle(string unitName) => $"Leaderboard: {unitName}";
    public override string LeaderboardWeek(DateOnly from, DateOnly to) =>
        $"Week of {from.ToString("d MMM", CultureInfo.InvariantCulture)} to {to.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
    public override string LeaderboardEntry(double participation, double accuracy) =>
        $"took part {Percent(participation)} · answered right {Percent(accuracy)}";
    public override string LeaderboardNobodyRanked => "Last week no unit had enough people taking part to be ranked.";
    public override string LeaderboardUnranked(int count, int minGroupSize) =>
        $"{count} unit(s) not ranked: fewer than {minGroupSize} people took part (so a small group's results stay private).";
    public override string LeaderboardHow =>
        "Score = share of enrolled people who practised × share of right answers, so small and large units compare fairly.";
    public override string LeaderboardSeason(string season, string? topics) =>
        topics is null ? $"Contest season: {season}" : $"Contest season: {season} · topics that count: {topics}";

    private static string Percent(double percent) => percent.ToString("0", CultureInfo.InvariantCulture) + "%";
}
