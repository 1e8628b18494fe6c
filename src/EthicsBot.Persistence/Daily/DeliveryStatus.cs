namespace EthicsBot.Persistence.Daily;

public enum DeliveryStatus
{
    /// <summary>Due and waiting for a worker (new, or back after a retryable failure).</summary>
    Pending,
    /// <summary>A worker holds the lease and is sending.</summary>
    Claimed,
    Sent,
    /// <summary>Given up: a permanent error, or the attempts ran out.</summary>
    Failed,
    /// <summary>Teams refused for good (the user blocked or removed the bot).</summary>
    Unreachable,
}
