namespace EthicsBot.Persistence.Postgres;

using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// Applies the pending scripts in one transaction while holding a session advisory lock, so instances that start at
/// the same moment migrate one after the other: the second waits, then finds nothing to do. Without the lock two
/// "CREATE TABLE IF NOT EXISTS schema_version" can still collide, and both could apply the same script.
/// </summary>
internal sealed class PostgresMigrator(
    PostgresDatabase database, TimeProvider timeProvider, ILogger<PostgresMigrator> logger) : IDatabaseMigrator
{
    /// <summary>The advisory lock key of EthicsBot's migrations ("EthBotMg" as ASCII); any other user of the database picks its own.</summary>
    public const long LockKey = 0x4574_6842_6f74_4d67;

    private readonly IReadOnlyList<PostgresMigration> migrations = PostgresMigration.LoadEmbedded();

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            return await MigrateLockedAsync(connection, cancellationToken);
        }
        finally
        {
            // Closing the connection would release it too, but a pooled connection is not closed, only returned.
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private async Task<int> MigrateLockedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    integer     NOT NULL PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL
            );
            """, cancellationToken);

        int current;
        await using (var read = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction))
        {
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (current > migrations.Count)
        {
            PostgresLog.SchemaNewerThanCode(logger, current, migrations.Count);
        }

        var pending = migrations.Where(m => m.Version > current).ToList();
        foreach (var migration in pending)
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.Command(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)", transaction);
            record.Parameters.AddValue("@version", migration.Version);
            record.Parameters.AddValue("@name", migration.Name);
            record.Parameters.AddValue("@at", PostgresValues.Instant(timeProvider.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken);
            PostgresLog.MigrationApplied(logger, migration.Version, migration.Name);
        }

        await transaction.CommitAsync(cancellationToken);
        PostgresLog.SchemaReady(logger, Math.Max(current, migrations.Count));
        return pending.Count;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
