namespace EthicsBot.FanOutBench;

using System.Diagnostics;

/// <summary>Watches a run through the fake Teams and the admin status, sampling the bot's peak memory meanwhile.</summary>
/// <param name="users">Users Teams must see settled in this run.</param>
/// <param name="dueInDatabase">Deliveries of the day the bot's status must count, warm-up ones included.</param>
internal sealed class BenchRun(FakeTeams teams, AdminClient admin, int users, int dueInDatabase)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StatusEvery = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(30);

    public FakeTeams Teams => teams;

    public async Task WaitForAcceptedAsync(long accepted, BotFleet bot)
    {
        var clock = Stopwatch.StartNew();
        while (teams.Accepted < accepted)
        {
            Ensure(clock);
            bot.PeakRssKib();
            await Task.Delay(TimeSpan.FromMilliseconds(5));
        }
    }

    /// <summary>
    /// Waits until every user's delivery for the day is settled (none pending); returns the bot's peak RSS in KiB. Watches
    /// the fake Teams (free) and asks the bot's status API only once Teams saw every user, or every few seconds, so the
    /// measurement itself does not load the bot.
    /// </summary>
    public async Task<long> WaitForCompletionAsync(BotFleet bot)
    {
        var clock = Stopwatch.StartNew();
        var lastStatus = TimeSpan.Zero;
        long peak = 0;
        while (true)
        {
            Ensure(clock);
            peak = Math.Max(peak, bot.PeakRssKib());
            if (teams.Resolved >= users || clock.Elapsed - lastStatus > StatusEvery)
            {
                lastStatus = clock.Elapsed;
                var status = await admin.StatusAsync();
                if (status.Due >= dueInDatabase && status.Pending == 0)
                {
                    return Math.Max(peak, bot.PeakRssKib());
                }
            }

            await Task.Delay(Poll);
        }
    }

    private static void Ensure(Stopwatch clock)
    {
        if (clock.Elapsed > GiveUpAfter)
        {
            throw new TimeoutException($"The run did not finish within {GiveUpAfter}.");
        }
    }
}
