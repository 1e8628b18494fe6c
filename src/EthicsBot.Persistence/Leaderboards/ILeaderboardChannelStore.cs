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

    /// <summary>
    /// Claims the week starting <paramref name="weekStart"/> for this conversation before its card is sent: true only
    /// for the one caller that moved the week forward, so restarts and a second instance never post it twice.
    /// </summary>
    Task<bool> TryClaimWeekAsync(string conversationId, DateOnly weekStart, CancellationToken cancellationToken = default);

    /// <summary>Gives a claimed week back (the send is to be retried), restoring the week posted before it.</summary>
    Task ReleaseWeekAsync(string conversationId, DateOnly weekStart, DateOnly? previous, CancellationToken cancellationToken = default);
}
