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

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
        if (current > migrations.Count)
        {
            Log.SchemaNewerThanCode(logger, current, migrations.Count);
        }

        var pending = migrations.Where(m => m.Version > current).ToList();
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
        Log.SchemaReady(logger, Math.Max(current, migrations.Count));
        return pending.Count;
    }

    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
