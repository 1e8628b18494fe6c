namespace EthicsBot.Persistence.Daily;

public interface IConversationReferenceStore
{
    /// <summary>Saves the latest reference for the user, replacing the previous one (Teams may move a user's service URL).</summary>
    Task UpsertAsync(
        string userId,
        string? tenantId,
        string serviceUrl,
        string conversationId,
        string referenceJson,
        DateTimeOffset updatedAt,
        CancellationToken cancellationToken = default);

    Task<StoredConversationReference?> GetAsync(string userId, CancellationToken cancellationToken = default);
}
