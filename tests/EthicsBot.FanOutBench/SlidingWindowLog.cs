namespace EthicsBot.FanOutBench;

using System.Diagnostics;

/// <summary>
/// Teams-style limits as exact sliding windows over Stopwatch timestamps: a request is admitted only if every window
/// (for example 500 per 1 s) still has room counting it. Not thread-safe: the owner locks it.
/// </summary>
internal sealed class SlidingWindowLog((int Limit, TimeSpan Length)[] windows)
{
    private readonly Queue<long> admitted = new();
    private readonly long longest = (long)(windows.Max(w => w.Length).TotalSeconds * Stopwatch.Frequency);

    /// <summary>Admits and records the request, or returns how long until the fullest window has room.</summary>
    public TimeSpan? TryAdmit(long now)
    {
        while (admitted.Count > 0 && admitted.Peek() <= now - longest)
        {
            admitted.Dequeue();
        }

        TimeSpan? wait = null;
        foreach (var (limit, length) in windows)
        {
            var span = (long)(length.TotalSeconds * Stopwatch.Frequency);
            var inWindow = admitted.Count(t => t > now - span);
            if (inWindow >= limit)
            {
                // The oldest request in the window that must leave before one more fits.
                var leaving = admitted.Where(t => t > now - span).ElementAt(inWindow - limit);
                var free = TimeSpan.FromSeconds((double)(leaving + span - now) / Stopwatch.Frequency);
                wait = wait is { } w && w > free ? w : free;
            }
        }

        if (wait is null)
        {
            admitted.Enqueue(now);
        }

        return wait;
    }
}
