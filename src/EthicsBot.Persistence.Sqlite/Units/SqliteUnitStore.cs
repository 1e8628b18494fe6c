namespace EthicsBot.Persistence.Units;

using EthicsBot.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

internal sealed class SqliteUnitStore(SqliteDatabase database, TimeProvider timeProvider) : IUnitStore
{
    public async Task<UnitMembership?> GetAsync(string userId, DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT unit_id, from_date, source FROM unit_memberships
            WHERE user_id = @user AND from_date <= @day ORDER BY from_date DESC LIMIT 1
            """);
        command.Parameters.AddValue("@user", userId);
        command.Parameters.AddValue("@day", SqliteValues.Date(day));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new UnitMembership(userId, reader.GetString(0), reader.GetDate(1), reader.GetEnum<UnitSource>(2))
            : null;
    }

    public async Task SetAsync(string userId, string unitId, DateOnly from, UnitSource source, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = connection.BeginWrite();
        await SetAsync(connection, transaction, userId, unitId, from, source, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<RosterImportResult> ImportRosterAsync(IReadOnlyList<RosterEntry> entries, DateOnly from, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = connection.BeginWrite();
        var applied = 0;
        foreach (var entry in entries)
        {
            await using (var store = connection.Command("""
                INSERT INTO unit_roster (key_kind, key, unit_id, imported_at) VALUES (@kind, @key, @unit, @at)
                ON CONFLICT (key_kind, key) DO UPDATE SET unit_id = excluded.unit_id, imported_at = excluded.imported_at
                """, transaction))
            {
                store.Parameters.AddValue("@kind", KindText(entry.Kind));
                store.Parameters.AddValue("@key", entry.Key.Trim().ToLowerInvariant());
                store.Parameters.AddValue("@unit", entry.UnitId);
                store.Parameters.AddValue("@at", SqliteValues.Instant(timeProvider.GetUtcNow()));
                await store.ExecuteNonQueryAsync(cancellationToken);
            }

            if (entry.Kind != RosterKey.AadObjectId)
            {
                continue; // the bot learns a user's principal name only when they write to it
            }

            foreach (var userId in await UsersByAadAsync(connection, transaction, entry.Key, cancellationToken))
            {
                if (await CurrentUnitAsync(connection, transaction, userId, from, cancellationToken) != entry.UnitId)
                {
                    await SetAsync(connection, transaction, userId, entry.UnitId, from, UnitSource.Roster, cancellationToken);
                    applied++;
                }
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new RosterImportResult(entries.Count, applied);
    }

    public async Task<string?> FindInRosterAsync(string? aadObjectId, string? userPrincipalName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT unit_id FROM unit_roster
            WHERE (key_kind = 'aad' AND key = @aad) OR (key_kind = 'upn' AND key = @upn)
            ORDER BY key_kind LIMIT 1
            """);
        command.Parameters.AddValue("@aad", aadObjectId?.Trim().ToLowerInvariant());
        command.Parameters.AddValue("@upn", userPrincipalName?.Trim().ToLowerInvariant());
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static string KindText(RosterKey kind) => kind == RosterKey.AadObjectId ? "aad" : "upn";

    private async Task SetAsync(
        SqliteConnection connection, SqliteTransaction transaction, string userId, string unitId, DateOnly from, UnitSource source, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("""
            INSERT INTO unit_memberships (user_id, unit_id, from_date, source, recorded_at) VALUES (@user, @unit, @from, @source, @at)
            ON CONFLICT (user_id, from_date) DO UPDATE SET unit_id = excluded.unit_id, source = excluded.source, recorded_at = excluded.recorded_at;
            UPDATE users SET unit = @unit WHERE user_id = @user;
            """, transaction);
        command.Parameters.AddValue("@user", userId);
        command.Parameters.AddValue("@unit", unitId);
        command.Parameters.AddValue("@from", SqliteValues.Date(from));
        command.Parameters.AddValue("@source", source == UnitSource.Roster ? "roster" : "user");
        command.Parameters.AddValue("@at", SqliteValues.Instant(timeProvider.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<List<string>> UsersByAadAsync(SqliteConnection connection, SqliteTransaction transaction, string aad, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT user_id FROM users WHERE lower(aad_object_id) = @aad", transaction);
        command.Parameters.AddValue("@aad", aad.Trim().ToLowerInvariant());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(reader.GetString(0));
        }

        return users;
    }

    private static async Task<string?> CurrentUnitAsync(
        SqliteConnection connection, SqliteTransaction transaction, string userId, DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT unit_id FROM unit_memberships WHERE user_id = @user AND from_date <= @day ORDER BY from_date DESC LIMIT 1", transaction);
        command.Parameters.AddValue("@user", userId);
        command.Parameters.AddValue("@day", SqliteValues.Date(day));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
