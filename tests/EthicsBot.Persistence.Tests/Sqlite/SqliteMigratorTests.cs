namespace EthicsBot.Persistence.Tests.Sqlite;

using EthicsBot.Persistence.Sqlite;

public sealed class SqliteMigratorTests
{
    private static readonly string[] Tables =
        ["users", "sessions", "answers", "documents", "conversation_references", "daily_subscriptions", "deliveries",
            "admin_audit", "question_feedback", "content_imports", "content_import_files"];

    [Fact]
    public async Task MigrateAsync_FreshDatabase_CreatesEveryTableAndRecordsVersions()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);

        var applied = await db.Migrator.MigrateAsync();

        Assert.Equal(SqliteMigration.LoadEmbedded().Count, applied);
        Assert.True(applied >= 1);
        foreach (var table in Tables)
        {
            Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name", ("@name", table)));
        }

        Assert.Equal(applied, await db.CountAsync("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(SqliteMigration.LoadEmbedded()[^1].Version, await db.CountAsync("SELECT MAX(version) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_RunTwice_SecondRunAppliesNothing()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        var first = await db.Migrator.MigrateAsync();

        var second = await db.Migrator.MigrateAsync();

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        Assert.Equal(first, await db.CountAsync("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_TwoInstancesAtOnce_AppliesEachScriptOnce()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        var other = new SqliteMigrator(db.Database, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteMigrator>.Instance);

        var results = await Task.WhenAll(Task.Run(() => db.Migrator.MigrateAsync()), Task.Run(() => other.MigrateAsync()));

        Assert.Equal(SqliteMigration.LoadEmbedded().Count, results.Sum());
        Assert.Contains(0, results);
        Assert.Equal(results.Sum(), await db.CountAsync("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task MigrateAsync_LowerVersionMissing_AppliesItAfterHigherOnes()
    {
        await using var db = await TestDatabase.CreateAsync();
        await using (var connection = await db.Database.OpenWriteAsync(CancellationToken.None))
        {
            // Pretend 0007 came from a branch merged after a higher script had run: unrecord it and drop what it created.
            await using var command = connection.Command(
                "DELETE FROM schema_version WHERE version = 7; DROP TABLE unit_memberships; DROP TABLE unit_roster; INSERT OR IGNORE INTO schema_version VALUES (99, 'later', 'x');");
            await command.ExecuteNonQueryAsync();
        }

        var applied = await db.Migrator.MigrateAsync();

        Assert.Equal(1, applied);
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'unit_memberships'"));
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM schema_version WHERE version = 7"));
    }

    [Fact]
    public async Task MigrateAsync_FileDatabase_SwitchesToWriteAheadLog()
    {
        await using var db = await TestDatabase.CreateAsync();

        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command("PRAGMA journal_mode");

        Assert.Equal("wal", await command.ExecuteScalarAsync() as string);
    }

    [Fact]
    public void LoadEmbedded_Scripts_AreNumberedUpwardWithoutRepeats()
    {
        var migrations = SqliteMigration.LoadEmbedded();

        Assert.Equal(migrations.Select(m => m.Version).Distinct().Order(), migrations.Select(m => m.Version));
        Assert.Equal(1, migrations[0].Version);
        Assert.All(migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
        Assert.Equal("initial", migrations[0].Name);
    }
}
