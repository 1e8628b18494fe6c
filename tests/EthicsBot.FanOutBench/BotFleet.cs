namespace EthicsBot.FanOutBench;

/// <summary>The bot instances of a run, with each one's peak memory kept even after it was killed.</summary>
internal sealed class BotFleet : IDisposable
{
    private readonly Dictionary<BotProcess, long> peaks = [];

    public List<BotProcess> Bots { get; } = [];

    public BotProcess First => Bots[0];

    public void Add(BotProcess bot)
    {
        Bots.Add(bot);
        peaks[bot] = 0;
    }

    /// <summary>Samples every live instance; returns the largest peak so far, in KiB.</summary>
    public long PeakRssKib()
    {
        foreach (var bot in Bots.Where(b => !b.HasExited))
        {
            try
            {
                peaks[bot] = Math.Max(peaks[bot], bot.PeakRssKib());
            }
            catch (IOException)
            {
                // Exited between the check and the read.
            }
        }

        return peaks.Values.Max();
    }

    /// <summary>Each instance's peak, in start order.</summary>
    public IReadOnlyList<long> Peaks => [.. Bots.Select(b => peaks[b])];

    public TimeSpan CpuTime() => Bots.Where(b => !b.HasExited).Aggregate(TimeSpan.Zero, (sum, b) => sum + b.CpuTime());

    public void Dispose()
    {
        foreach (var bot in Bots)
        {
            bot.Dispose();
        }
    }
}
