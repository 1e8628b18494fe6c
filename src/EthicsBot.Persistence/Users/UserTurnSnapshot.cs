namespace EthicsBot.Persistence.Users;

/// <summary>
/// The sender as a turn finds them (<see cref="IUserTurnStore"/>): enough to decide whether the profile, the
/// conversation reference or the unreachable flag need a write.
/// </summary>
public sealed record UserTurnSnapshot
{
    /// <summary>Null for a user the bot has not met.</summary>
    public UserProfile? Profile { get; init; }

    /// <summary>The stored reference's conversation id; null when no reference is stored.</summary>
    public string? ReferenceConversationId { get; init; }

    /// <summary>The stored reference's service URL; null when no reference is stored.</summary>
    public string? ReferenceServiceUrl { get; init; }

    /// <summary>True when the daily push stopped because the user could not be reached.</summary>
    public bool Unreachable { get; init; }
}
