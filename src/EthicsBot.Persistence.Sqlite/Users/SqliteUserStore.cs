namespace EthicsBot.Persistence.Users;

using EthicsBot.Domain;
using EthicsBot.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

internal sealed class SqliteUserStore(SqliteDatabase database) : IUserStore
{
    /// <summary>The profile's columns of table users, in the order <see cref="ReadProfile"/> maps.</summary>
    internal const string ProfileColumns = StoreColumns.Users;

    public async Task<UserProfile?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {ProfileColumns} FROM users WHERE user_id = @user");
        command.Parameters.AddValue("@user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadProfile(reader, 0) : null;
    }

    /// <summary>Maps the columns of <see cref="ProfileColumns"/> starting at <paramref name="first"/>.</summary>
    internal static UserProfile ReadProfile(SqliteDataReader reader, int first) => new()
    {
        UserId = reader.GetString(first),
        AadObjectId = reader.GetNullableString(first + 1),
        TenantId = reader.GetNullableString(first + 2),
        DisplayName = reader.GetNullableString(first + 3),
        Unit = reader.GetNullableString(first + 4),
        Locale = LocaleExtensions.FromTag(reader.GetString(first + 5)),
        LocaleChosen = reader.GetFlag(first + 6),
        CreatedAt = reader.GetInstant(first + 7),
    };

    /// <summary>Inserts or replaces the profile; the first <see cref="UserProfile.CreatedAt"/> is kept.</summary>
    public async Task UpsertAsync(UserProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO users (user_id, aad_object_id, tenant_id, display_name, unit, locale, locale_chosen, created_at)
            VALUES (@user, @aad, @tenant, @name, @unit, @locale, @chosen, @created)
            ON CONFLICT (user_id) DO UPDATE SET
                aad_object_id = excluded.aad_object_id, tenant_id = excluded.tenant_id,
                display_name = excluded.display_name, unit = excluded.unit,
                locale = excluded.locale, locale_chosen = excluded.locale_chosen
            """);
        command.Parameters.AddValue("@user", profile.UserId);
        command.Parameters.AddValue("@aad", profile.AadObjectId);
        command.Parameters.AddValue("@tenant", profile.TenantId);
        command.Parameters.AddValue("@name", profile.DisplayName);
        command.Parameters.AddValue("@unit", profile.Unit);
        command.Parameters.AddValue("@locale", profile.Locale.Tag());
        command.Parameters.AddValue("@chosen", SqliteValues.Flag(profile.LocaleChosen));
        command.Parameters.AddValue("@created", SqliteValues.Instant(profile.CreatedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Removes, in one transaction, every row keyed by the user (profile, sessions, answers, subscription,
    /// conversation reference, deliveries, unit memberships) and the Bot Builder state documents that belong to them: documents
    /// with a '/'-separated key segment equal to the user id ("msteams/users/{id}", ".../conversations/{c}/users/{id}")
    /// or to the id of the conversation stored as the user's reference (their personal chat's conversation state).
    /// Whole segments, not substrings, so "u1" never takes "u10"'s data.
    /// </summary>
    public async Task<bool> DeleteAllAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = connection.BeginWrite();

        string? conversationId;
        await using (var lookup = connection.Command("SELECT conversation_id FROM conversation_references WHERE user_id = @user", transaction))
        {
            lookup.Parameters.AddValue("@user", userId);
            conversationId = await lookup.ExecuteScalarAsync(cancellationToken) as string;
        }

        var deleted = await DeleteDocumentsAsync(connection, transaction, userId, cancellationToken);
        if (conversationId is not null)
        {
            deleted += await DeleteDocumentsAsync(connection, transaction, conversationId, cancellationToken);
        }

        // answers first: they reference sessions.
        string[] tables = ["answers", "sessions", "deliveries", "daily_subscriptions", "conversation_references", "question_feedback", "unit_memberships", "users"];
        foreach (var table in tables)
        {
            await using var command = connection.Command($"DELETE FROM {table} WHERE user_id = @user", transaction);
            command.Parameters.AddValue("@user", userId);
            deleted += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    private static async Task<int> DeleteDocumentsAsync(
        SqliteConnection connection, SqliteTransaction transaction, string segment, CancellationToken cancellationToken)
    {
        // instr/substr instead of LIKE: ids may contain '%' or '_', which LIKE would treat as wildcards.
        await using var command = connection.Command("""
            DELETE FROM documents
            WHERE key = @segment
               OR substr(key, 1, length(@segment) + 1) = @segment || '/'
               OR substr(key, -(length(@segment) + 1)) = '/' || @segment
               OR instr(key, '/' || @segment || '/') > 0
            """, transaction);
        command.Parameters.AddValue("@segment", segment);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
