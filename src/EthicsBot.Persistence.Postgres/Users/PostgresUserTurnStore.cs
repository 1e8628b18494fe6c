namespace EthicsBot.Persistence.Users;

using EthicsBot.Persistence.Postgres;

internal sealed class PostgresUserTurnStore(PostgresDatabase database) : IUserTurnStore
{
    private const int ReferenceColumn = 8;

    // As the SQLite store: three primary-key lookups in one statement, which PostgreSQL runs on one snapshot.
    private static readonly string Sql = $"""
        SELECT {StoreColumns.Qualified(PostgresUserStore.ProfileColumns, "u")},
               r.conversation_id, r.service_url, COALESCE(s.unreachable, false)
        FROM (SELECT 1) AS one
        LEFT JOIN users u ON u.user_id = @user
        LEFT JOIN conversation_references r ON r.user_id = @user
        LEFT JOIN daily_subscriptions s ON s.user_id = @user
        """;

    public async Task<UserTurnSnapshot> ReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(Sql);
        command.Parameters.AddValue("@user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new UserTurnSnapshot
        {
            Profile = reader.IsDBNull(0) ? null : PostgresUserStore.ReadProfile(reader, 0),
            ReferenceConversationId = reader.GetNullableString(ReferenceColumn),
            ReferenceServiceUrl = reader.GetNullableString(ReferenceColumn + 1),
            Unreachable = reader.GetBoolean(ReferenceColumn + 2),
        };
    }
}
