namespace EthicsBot.Persistence.Daily;

/// <summary>
/// Where to reach a user proactively. <see cref="ReferenceJson"/> is the Bot Framework ConversationReference as
/// the bot serialised it; this project stores it without reading it, so it needs no bot SDK.
/// </summary>
public sealed record StoredConversationReference
{
    public required string UserId { get; init; }
    public string? TenantId { get; init; }
    public required string ServiceUrl { get; init; }
    /// <summary>The personal chat's conversation id; its Bot Builder state is deleted with the user's data.</summary>
    public required string ConversationId { get; init; }
    public required string ReferenceJson { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
