namespace EthicsBot.Persistence.Users;

using EthicsBot.Persistence.Sqlite;

internal sealed class SqliteUserTurnStore(SqliteDatabase database) : IUserTurnStore
{
    private const int ReferenceColumn = 8;

    // Each table joined on its primary key, so the read is three index lookups whether or not the rows exist.
    private static readonly string Sql = $"""
        SELECT {StoreColumns.Qualified(SqliteUserStore.ProfileColumns, "u")},
               r.conversation_id, r.service_url, COALESCE(s.unreachable, 0)
        FROM (SELECT 1) AS one
        LEFT JOIN users u ON u.user_id = @user
        LEFT JOIN conversation_references r ON r.user_id = @user
        LEFT JOIN daily_subscriptions s ON s.user_id = @user
        """;

    public Task<UserTurnSnapshot> ReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return database.ReadPreparedAsync(Sql, "@user", userId, static async (reader, token) =>
        {
            await reader.ReadAsync(token);
            return new UserTurnSnapshot
            {
                Profile = reader.IsDBNull(0) ? null : SqliteUserStore.ReadProfile(reader, 0),
                ReferenceConversationId = reader.GetNullableString(ReferenceColumn),
                ReferenceServiceUrl = reader.GetNullableString(ReferenceColumn + 1),
                Unreachable = reader.GetFlag(ReferenceColumn + 2),
            };
        }, cancellationToken);
    }
}
