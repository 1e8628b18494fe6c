namespace EthicsBot.Persistence.Sqlite;

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

/// <summary>
/// Applies the pending scripts in one immediate transaction, recording each in schema_version. The write lock
/// taken at BEGIN makes a second instance starting at the same moment wait and then find nothing to do.
/// </summary>
internal sealed class SqliteMigrator(
    SqliteDatabase database, TimeProvider timeProvider, ILogger<SqliteMigrator> logger) : IDatabaseMigrator
{
    private readonly IReadOnlyList<SqliteMigration> migrations = SqliteMigration.LoadEmbedded();

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenForMigrationAsync(cancellationToken);
        if (database.IsFile)
        {
            // Readers stop blocking the writer (and the other way round); the mode is stored in the file.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken);
        }

        await using var transaction = connection.BeginWrite();
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at TEXT    NOT NULL
            ) STRICT;
            """, cancellationToken);

        var applied = await AppliedVersionsAsync(connection, transaction, cancellationToken);
        var current = applied.Count == 0 ? 0 : applied.Max();
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > latest)
        {
            Log.SchemaNewerThanCode(logger, current, latest);
        }

        // Every script not recorded yet, not only those above the highest: a branch merged later may bring a
        // lower number (its reserved range) to a database that already has a higher one.
        var pending = migrations.Where(m => !applied.Contains(m.Version)).ToList();
        foreach (var migration in pending)
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.Command(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)", transaction);
            record.Parameters.AddValue("@version", migration.Version);
            record.Parameters.AddValue("@name", migration.Name);
            record.Parameters.AddValue("@at", SqliteValues.Instant(timeProvider.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken);
            Log.MigrationApplied(logger, migration.Version, migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);
        Log.SchemaReady(logger, Math.Max(current, latest));
        return pending.Count;
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT version FROM schema_version", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
