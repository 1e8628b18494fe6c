namespace EthicsBot.Host.Daily.Throttling;

/// <summary>A send-count limit over a sliding window, e.g. 7 sends per second.</summary>
internal readonly record struct SendWindow(int Limit, TimeSpan Length);

/// <summary>
/// The recent sends to one conversation, oldest first, checked against every window at once. Not thread-safe:
/// the owner locks it.
/// </summary>
internal sealed class ConversationSendLog
{
    private readonly List<DateTimeOffset> sends = [];

    public DateTimeOffset? LastSend => sends.Count == 0 ? null : sends[^1];

    /// <summary>
    /// Records a send at <paramref name="now"/> and returns zero when every window has room; otherwise records
    /// nothing and returns how long until the tightest window has room.
    /// </summary>
    public TimeSpan TryReserve(DateTimeOffset now, IReadOnlyList<SendWindow> windows)
    {
        var longest = windows.Max(w => w.Length);
        var expired = sends.FindIndex(t => t > now - longest);
        sends.RemoveRange(0, expired < 0 ? sends.Count : expired);

        var earliest = now;
        foreach (var window in windows)
        {
            // Sends are in time order, so the window is full exactly when the Limit-th newest send is inside it.
            if (sends.Count >= window.Limit && sends[^window.Limit] + window.Length > now)
            {
                var free = sends[^window.Limit] + window.Length;
                earliest = free > earliest ? free : earliest;
            }
        }

        if (earliest > now)
        {
            return earliest - now;
        }

        sends.Add(now);
        return TimeSpan.Zero;
    }
}
