namespace EthicsBot.Persistence.Leaderboards;

/// <summary>Conversations registered for the weekly leaderboard, and the week each was last posted.</summary>
public interface ILeaderboardChannelStore
{
    /// <summary>
    /// Registers the conversation, or changes its unit, reference and language. The week last posted is kept, so
    /// registering again never brings a second card for a week already posted.
    /// </summary>
    Task RegisterAsync(LeaderboardChannel channel, CancellationToken cancellationToken = default);

    /// <summary>False when the conversation was not registered.</summary>
    Task<bool> UnregisterAsync(string conversationId, CancellationToken cancellationToken = default);

    Task<LeaderboardChannel?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<LeaderboardChannel>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Records that the week starting <paramref name="weekStart"/> was posted (or given up) in this conversation.</summary>
    Task MarkSentAsync(string conversationId, DateOnly weekStart, CancellationToken cancellationToken = default);
}
