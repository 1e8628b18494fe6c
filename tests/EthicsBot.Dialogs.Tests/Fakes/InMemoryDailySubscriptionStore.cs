namespace EthicsBot.Dialogs.Tests.Fakes;

using System.Runtime.CompilerServices;
using EthicsBot.Domain.Daily;
using EthicsBot.Persistence.Daily;

/// <summary>Daily subscriptions in memory, with the SQL store's rule that unsaved settings read as null.</summary>
public sealed class InMemoryDailySubscriptionStore : IDailySubscriptionStore
{
    private readonly Dictionary<string, DailySubscription> subscriptions = new(StringComparer.Ordinal);

    public Task<DailySubscription?> GetAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(subscriptions.GetValueOrDefault(userId));

    public Task UpsertAsync(string userId, DailySettings settings, CancellationToken cancellationToken = default)
    {
        var existing = subscriptions.GetValueOrDefault(userId);
        subscriptions[userId] = (existing ?? new DailySubscription { UserId = userId, Settings = settings }) with { Settings = settings, SettingsSaved = true };
        return Task.CompletedTask;
    }

    public Task MarkUnreachableAsync(string userId, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var existing = subscriptions.GetValueOrDefault(userId) ?? new DailySubscription { UserId = userId, Settings = new DailySettings() };
        subscriptions[userId] = existing with { Unreachable = true, UnreachableReason = reason, UnreachableAt = at };
        return Task.CompletedTask;
    }

    public Task<bool> ClearUnreachableAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (subscriptions.GetValueOrDefault(userId) is not { Unreachable: true } existing)
        {
            return Task.FromResult(false);
        }

        subscriptions[userId] = existing with { Unreachable = false, UnreachableReason = null, UnreachableAt = null };
        return Task.FromResult(true);
    }

    public async IAsyncEnumerable<DailySubscription> ListSubscribedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var subscription in subscriptions.Values.Where(s => s.Settings.Enabled && !s.Settings.AutoPaused && !s.Unreachable).OrderBy(s => s.UserId, StringComparer.Ordinal))
        {
            await Task.Yield();
            yield return subscription;
        }
    }
}
