namespace EthicsBot.Persistence.Leaderboards;

/// <summary>
/// A Teams channel or group chat that gets the weekly leaderboard card of <see cref="UnitId"/>'s children.
/// <see cref="Locale"/> is "vi" or "en", the language the registration was made in.
/// </summary>
public sealed record LeaderboardChannel
{
    public required string ConversationId { get; init; }
    public string? TenantId { get; init; }
    public required string ServiceUrl { get; init; }
    public required string ReferenceJson { get; init; }
    public required string UnitId { get; init; }
    public required string Locale { get; init; }
    public required DateTimeOffset RegisteredAt { get; init; }
    /// <summary>The Monday of the last week whose card was posted here, or null before the first post.</summary>
    public DateOnly? LastWeekSent { get; init; }
}
