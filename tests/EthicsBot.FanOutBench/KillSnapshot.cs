namespace EthicsBot.FanOutBench;

using System.Globalization;

/// <summary>
/// The moment of the SIGKILL: what the fake Teams had accepted and what the database still had claimed. A row that
/// was claimed at the kill and whose card Teams had already accepted is a send in flight: the only kind at-least-once
/// delivery may repeat.
/// </summary>
internal sealed record KillSnapshot(long AcceptedAtKill, long RequestsInFlightAtFake, int ClaimedRows, int SentButUnrecorded, long PeakRssKib)
{
    public static async Task<KillSnapshot> TakeAsync(BotProcess bot, FakeTeams teams, BenchDatabase database)
    {
        var peak = bot.PeakRssKib();
        var inFlight = teams.InFlight;
        bot.Kill();
        var accepted = teams.Accepted;
        var delivered = teams.Deliveries;

        // Read-only and after the kill: the stores have no "list claimed rows" query, and the bench must not add one.
        var claimed = await database.ClaimedUsersAsync();

        var unrecorded = claimed.Count(user => delivered.ContainsKey(Seeder.ConversationIdOf(user)));
        return new KillSnapshot(accepted, inFlight, claimed.Count, unrecorded, peak);
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"SIGKILL after {AcceptedAtKill} accepted: {ClaimedRows} rows claimed, {SentButUnrecorded} of them already accepted by Teams (sent, not recorded), {RequestsInFlightAtFake} requests open at Teams");
}
