namespace EthicsBot.FanOutBench;

using System.Text;

/// <summary>
/// Which requests fail, decided by a hash of (seed, conversation, attempt) so every run with the same seed fails the
/// same way: a fixed set of users blocked the bot (403 MessageWritesBlocked), and each attempt has its own chance of
/// a transient 503.
/// </summary>
internal sealed class FaultPlan(int seed, double blockedShare = 0.01, double transientShare = 0.05)
{
    public bool IsBlocked(string conversationId) => Unit(conversationId, 0) < blockedShare;

    public bool IsTransient(string conversationId, int attempt) => Unit(conversationId, attempt) < transientShare;

    /// <summary>A uniform value in [0, 1) from FNV-1a over the inputs, finished with a SplitMix64 round.</summary>
    private double Unit(string conversationId, int attempt)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes($"{seed}|{conversationId}|{attempt}"))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        hash += 0x9E3779B97F4A7C15UL;
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return (hash >> 11) * (1.0 / (1UL << 53));
    }
}
