namespace EthicsBot.Host.Daily.Throttling;

using System.Collections.Concurrent;

/// <summary>
/// Teams' per-conversation send limits (7 per second, 60 per 30 seconds, 1,800 per hour by default). A daily push
/// sends one or two messages per conversation, so these rarely bind; they guard reminders and admin re-runs.
/// Conversations idle for longer than the longest window are forgotten, so memory follows recent activity only.
/// </summary>
internal sealed class ConversationLimiter(IReadOnlyList<SendWindow> windows, TimeProvider timeProvider)
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, ConversationSendLog> logs = new(StringComparer.Ordinal);
    private readonly TimeSpan longest = windows.Max(w => w.Length);
    private readonly Lock sweepGate = new();
    private DateTimeOffset nextSweep = timeProvider.GetUtcNow() + SweepEvery;

    public int TrackedConversations => logs.Count;

    public async ValueTask AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        var log = logs.GetOrAdd(conversationId, _ => new ConversationSendLog());
        while (true)
        {
            var now = timeProvider.GetUtcNow();
            TimeSpan wait;
            lock (log)
            {
                wait = log.TryReserve(now, windows);
            }

            if (wait <= TimeSpan.Zero)
            {
                SweepIfDue(now);
                return;
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        lock (sweepGate)
        {
            if (now < nextSweep)
            {
                return;
            }

            nextSweep = now + SweepEvery;
        }

        foreach (var (conversationId, log) in logs)
        {
            bool idle;
            lock (log)
            {
                idle = log.LastSend is not { } last || last <= now - longest;
            }

            if (idle)
            {
                logs.TryRemove(conversationId, out _);
            }
        }
    }
}
