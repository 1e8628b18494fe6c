namespace EthicsBot.Host.Daily.Sending;

internal enum SendOutcome
{
    Sent,
    /// <summary>The composer had nothing for the user (unknown user, empty bank); no request was made.</summary>
    NothingToSend,
    /// <summary>A transient failure (429, 412, 5xx gateway errors, network): try again later.</summary>
    Retry,
    /// <summary>Teams refused for good: the user blocked or removed the bot.</summary>
    Unreachable,
    /// <summary>A permanent failure other than unreachability (for example 400 or 413).</summary>
    Failed,
}

/// <summary>What one proactive send came to. <see cref="Reason"/> is a short code, never message text.</summary>
internal sealed record SendResult
{
    public required SendOutcome Outcome { get; init; }
    public string? Reason { get; init; }
    /// <summary>The server's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>True for a 429: the tenant's quota is spent.</summary>
    public bool Throttled { get; init; }
    /// <summary>True for a 503: the service did not take the request, so it presumably did not use quota.</summary>
    public bool Unavailable { get; init; }
    public string? SessionId { get; init; }

    public static SendResult Sent(string? sessionId) => new() { Outcome = SendOutcome.Sent, SessionId = sessionId };

    public static SendResult Nothing { get; } = new() { Outcome = SendOutcome.NothingToSend, Reason = "nothing to send" };

    public static SendResult Retry(string reason, TimeSpan? retryAfter = null, bool throttled = false, bool unavailable = false) =>
        new() { Outcome = SendOutcome.Retry, Reason = reason, RetryAfter = retryAfter, Throttled = throttled, Unavailable = unavailable };

    public static SendResult Unreachable(string code) => new() { Outcome = SendOutcome.Unreachable, Reason = code };

    public static SendResult Failed(string reason) => new() { Outcome = SendOutcome.Failed, Reason = reason };
}
