namespace EthicsBot.Persistence.Daily;

using EthicsBot.Domain.Daily;

public interface IDailySubscriptionStore
{
    /// <summary>The stored subscription, or null when the user never saved settings (then the defaults of <see cref="DailySettings"/> apply).</summary>
    Task<DailySubscription?> GetAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Saves the settings; the unreachable flag is left as it is.</summary>
    Task UpsertAsync(string userId, DailySettings settings, CancellationToken cancellationToken = default);

    /// <summary>Stops deliveries to the user until <see cref="ClearUnreachableAsync"/>; creates a default row when none exists.</summary>
    Task MarkUnreachableAsync(string userId, string reason, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Call when the user talks to the bot again. Returns false when they were not marked unreachable.</summary>
    Task<bool> ClearUnreachableAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Everyone the scheduler should consider, ordered by user id: users with a conversation reference whose daily
    /// quiz is enabled, not auto-paused and who are reachable. A user with a reference but no saved settings is
    /// included with the defaults (the daily quiz is on by default). A vacation hold (PausedUntil) is not
    /// filtered here because it depends on the date; DailyRules.IsDeliveryDay decides. Read in pages by key, so
    /// no read transaction stays open while the caller works through 20,000 users.
    /// </summary>
    IAsyncEnumerable<DailySubscription> ListSubscribedAsync(CancellationToken cancellationToken = default);
}
