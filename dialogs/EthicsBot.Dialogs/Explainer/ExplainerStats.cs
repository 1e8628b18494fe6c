namespace EthicsBot.Dialogs.Explainer;

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

/// <summary>What the admin status endpoint shows about the explainer since start-up.</summary>
public sealed record ExplainerStatus(
    bool Configured,
    long Calls,
    long CacheHits,
    long Delivered,
    long CitationRejections,
    long DailyLimitReached,
    long InputTokens,
    long OutputTokens,
    IReadOnlyDictionary<string, long> FallbacksByReason);

/// <summary>
/// Counters of the explainer, kept for the admin status and exported as metrics (meter "EthicsBot.Explainer"):
/// calls by outcome and tokens by direction, so the budget is visible where the rest of the bot is watched.
/// </summary>
public sealed class ExplainerStats : IDisposable
{
    public const string MeterName = "EthicsBot.Explainer";

    private readonly ConcurrentDictionary<string, long> fallbacks = new(StringComparer.Ordinal);
    private readonly Meter meter = new(MeterName);
    private readonly Counter<long> callCounter;
    private readonly Counter<long> tokenCounter;
    private long calls, cacheHits, delivered, rejections, limited, inputTokens, outputTokens;

    public ExplainerStats()
    {
        callCounter = meter.CreateCounter<long>("ethicsbot.explainer.calls", description: "Explainer calls by outcome");
        tokenCounter = meter.CreateCounter<long>("ethicsbot.explainer.tokens", description: "Model tokens by direction");
    }

    public void Called(ExplainerReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        Interlocked.Increment(ref calls);
        if (reply.FromCache)
        {
            Interlocked.Increment(ref cacheHits);
        }

        Interlocked.Add(ref inputTokens, reply.InputTokens);
        Interlocked.Add(ref outputTokens, reply.OutputTokens);
        callCounter.Add(1, new KeyValuePair<string, object?>("outcome", reply.FromCache ? "cache" : reply.Outcome.ToString()));
        tokenCounter.Add(reply.InputTokens, new KeyValuePair<string, object?>("direction", "input"));
        tokenCounter.Add(reply.OutputTokens, new KeyValuePair<string, object?>("direction", "output"));
    }

    public void FellBack(string reason) => fallbacks.AddOrUpdate(reason, 1, (_, n) => n + 1);

    public void Delivered() => Interlocked.Increment(ref delivered);

    public void CitationRejected() => Interlocked.Increment(ref rejections);

    public void LimitReached() => Interlocked.Increment(ref limited);

    public ExplainerStatus Snapshot(bool configured) => new(
        configured,
        Interlocked.Read(ref calls),
        Interlocked.Read(ref cacheHits),
        Interlocked.Read(ref delivered),
        Interlocked.Read(ref rejections),
        Interlocked.Read(ref limited),
        Interlocked.Read(ref inputTokens),
        Interlocked.Read(ref outputTokens),
        new SortedDictionary<string, long>(fallbacks, StringComparer.Ordinal));

    public void Dispose() => meter.Dispose();
}
