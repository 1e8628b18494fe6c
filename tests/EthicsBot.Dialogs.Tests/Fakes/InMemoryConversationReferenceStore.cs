namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Persistence.Daily;

public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly Dictionary<string, StoredConversationReference> references = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public Task UpsertAsync(
        string userId, string? tenantId, string serviceUrl, string conversationId, string referenceJson, DateTimeOffset updatedAt,
        CancellationToken cancellationToken = default)
    {
        references[userId] = new StoredConversationReference
        {
            UserId = userId,
            TenantId = tenantId,
            ServiceUrl = serviceUrl,
            ConversationId = conversationId,
            ReferenceJson = referenceJson,
            UpdatedAt = updatedAt,
        };
        Writes++;
        return Task.CompletedTask;
    }

    public Task<StoredConversationReference?> GetAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(references.GetValueOrDefault(userId));
}
