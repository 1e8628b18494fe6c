namespace EthicsBot.FanOutBench;

using System.Diagnostics;

/// <summary>Watches a run through the fake Teams and the admin status, sampling the bot's peak memory meanwhile.</summary>
internal sealed class BenchRun(FakeTeams teams, AdminClient admin, int users)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(30);

    public FakeTeams Teams => teams;

    public async Task WaitForAcceptedAsync(long accepted, BotProcess bot)
    {
        var clock = Stopwatch.StartNew();
        while (teams.Accepted < accepted)
        {
            Ensure(clock);
            bot.PeakRssKib();
            await Task.Delay(TimeSpan.FromMilliseconds(5));
        }
    }

    /// <summary>Waits until every user's delivery for the day is settled (none pending); returns the bot's peak RSS in KiB.</summary>
    public async Task<long> WaitForCompletionAsync(BotProcess bot)
    {
        var clock = Stopwatch.StartNew();
        long peak = 0;
        while (true)
        {
            Ensure(clock);
            peak = Math.Max(peak, bot.PeakRssKib());
            var status = await admin.StatusAsync();
            if (status.Due >= users && status.Pending == 0)
            {
                return Math.Max(peak, bot.PeakRssKib());
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
