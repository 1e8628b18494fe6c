namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Persistence.Leaderboards;

/// <summary>Registrations in memory, with the store's rule that registering again keeps the week last posted.</summary>
public sealed class InMemoryLeaderboardChannelStore : ILeaderboardChannelStore
{
    private readonly Lock gate = new();

    public Dictionary<string, LeaderboardChannel> Channels { get; } = new(StringComparer.Ordinal);

    public Task RegisterAsync(LeaderboardChannel channel, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            Channels[channel.ConversationId] = channel with { LastWeekSent = Channels.GetValueOrDefault(channel.ConversationId)?.LastWeekSent };
        }

        return Task.CompletedTask;
    }

    public Task<bool> UnregisterAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(Channels.Remove(conversationId));
        }
    }

    public Task<LeaderboardChannel?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(Channels.GetValueOrDefault(conversationId));
        }
    }

    public Task<IReadOnlyList<LeaderboardChannel>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<LeaderboardChannel>>([.. Channels.Values]);
        }
    }

    public Task<bool> TryClaimWeekAsync(string conversationId, DateOnly weekStart, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!Channels.TryGetValue(conversationId, out var channel) || channel.LastWeekSent >= weekStart)
            {
                return Task.FromResult(false);
            }

            Channels[conversationId] = channel with { LastWeekSent = weekStart };
            return Task.FromResult(true);
        }
    }

    public Task ReleaseWeekAsync(string conversationId, DateOnly weekStart, DateOnly? previous, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (Channels.TryGetValue(conversationId, out var channel) && channel.LastWeekSent == weekStart)
            {
                Channels[conversationId] = channel with { LastWeekSent = previous };
            }
        }

        return Task.CompletedTask;
    }
}
