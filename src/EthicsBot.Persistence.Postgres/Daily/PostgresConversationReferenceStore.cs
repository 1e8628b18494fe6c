namespace EthicsBot.Persistence.Daily;

using EthicsBot.Persistence.Postgres;

internal sealed class PostgresConversationReferenceStore(PostgresDatabase database) : IConversationReferenceStore
{
    public async Task UpsertAsync(
        string userId,
        string? tenantId,
        string serviceUrl,
        string conversationId,
        string referenceJson,
        DateTimeOffset updatedAt,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(referenceJson);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO conversation_references (user_id, tenant_id, service_url, conversation_id, reference_json, updated_at)
            VALUES (@user, @tenant, @url, @conversation, @json, @at)
            ON CONFLICT (user_id) DO UPDATE SET
                tenant_id = excluded.tenant_id, service_url = excluded.service_url,
                conversation_id = excluded.conversation_id, reference_json = excluded.reference_json,
                updated_at = excluded.updated_at
            """);
        command.Parameters.AddValue("@user", userId);
        command.Parameters.AddValue("@tenant", tenantId);
        command.Parameters.AddValue("@url", serviceUrl);
        command.Parameters.AddValue("@conversation", conversationId);
        command.Parameters.AddValue("@json", referenceJson);
        command.Parameters.AddValue("@at", PostgresValues.Instant(updatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredConversationReference?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT user_id, tenant_id, service_url, conversation_id, reference_json, updated_at
            FROM conversation_references WHERE user_id = @user
            """);
        command.Parameters.AddValue("@user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredConversationReference
            {
                UserId = reader.GetString(0),
                TenantId = reader.GetNullableString(1),
                ServiceUrl = reader.GetString(2),
                ConversationId = reader.GetString(3),
                ReferenceJson = reader.GetString(4),
                UpdatedAt = reader.GetInstant(5),
            }
            : null;
    }
}
