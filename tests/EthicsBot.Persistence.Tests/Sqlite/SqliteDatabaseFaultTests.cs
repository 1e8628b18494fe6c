namespace EthicsBot.Persistence.Tests.Sqlite;

using EthicsBot.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// Faults made to the real file under a running database: the probe must see each one, and the database must work
/// again once the file is back, without a new <see cref="SqliteDatabase"/> (that is, without a restart).
/// </summary>
public sealed class SqliteDatabaseFaultTests
{
    [Fact]
    public async Task CheckNowAsync_FileDeleted_IsUnhealthyUntilRestored()
    {
        await using var db = await TestDatabase.CreateAsync();
        var health = Health(db.Database);
        Assert.True(await health.CheckNowAsync());
        var backup = Backup(db);

        DeleteFiles(db);
        var whileGone = await health.CheckNowAsync();
        File.Copy(backup, DatabaseFile(db));
        var afterRestore = await health.CheckNowAsync();

        Assert.False(whileGone);
        Assert.True(afterRestore);
        Assert.Equal(0, await db.CountAsync("SELECT COUNT(*) FROM users"));
    }

    [Fact]
    public async Task CheckNowAsync_FileOverwrittenWithGarbage_IsUnhealthy()
    {
        await using var db = await TestDatabase.CreateAsync();
        var health = Health(db.Database);
        Assert.True(await health.CheckNowAsync());

        SqliteConnection.ClearAllPools();
        DeleteFiles(db);
        await File.WriteAllBytesAsync(DatabaseFile(db), [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 31))]);

        Assert.False(await health.CheckNowAsync());
    }

    [Fact]
    public async Task CheckNowAsync_FileReplacedByACopy_FirstProbeFailsThenPoolReopensAndItRecovers()
    {
        await using var db = await TestDatabase.CreateAsync();
        var health = Health(db.Database);
        Assert.True(await health.CheckNowAsync());
        var copy = Backup(db);

        // Replace the file the way an admin restoring a backup would: the open connections keep the old one.
        DeleteFiles(db);
        File.Copy(copy, DatabaseFile(db));
        var first = await health.CheckNowAsync();
        var second = await health.CheckNowAsync();

        Assert.False(first);
        Assert.True(second);
    }

    [Fact]
    public async Task CanConnectAsync_ForeignWriteLockHeld_IsUnhealthyWithinTheDeadlineThenHealthy()
    {
        await using var db = await TestDatabase.CreateAsync();
        var time = new FakeTimeProvider(TestDatabase.Now);
        var health = Health(db.Database, time);
        await using (var foreign = new SqliteConnection($"Data Source={DatabaseFile(db)};Pooling=False"))
        {
            await foreign.OpenAsync();
            await using var lockIt = foreign.CreateCommand();
            lockIt.CommandText = "BEGIN IMMEDIATE";
            await lockIt.ExecuteNonQueryAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(1));

            var started = System.Diagnostics.Stopwatch.StartNew();
            Assert.False(await health.CanConnectAsync(deadline.Token));
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(4), $"took {started.Elapsed}");
        }

        time.Advance(SqliteDatabaseHealth.CacheFor);
        Assert.True(await health.CanConnectAsync());
    }

    [Fact]
    public async Task CanConnectAsync_WithinCacheWindow_ReusesTheResult()
    {
        await using var db = await TestDatabase.CreateAsync();
        var time = new FakeTimeProvider(TestDatabase.Now);
        var health = Health(db.Database, time);
        Assert.True(await health.CanConnectAsync());

        DeleteFiles(db);
        var cached = await health.CanConnectAsync();
        time.Advance(SqliteDatabaseHealth.CacheFor);
        var fresh = await health.CanConnectAsync();

        Assert.True(cached);
        Assert.False(fresh);
    }

    private static SqliteDatabaseHealth Health(SqliteDatabase database, TimeProvider? time = null) =>
        new(database, time ?? TimeProvider.System, NullLogger<SqliteDatabaseHealth>.Instance);

    private static string DatabaseFile(TestDatabase db) => Path.Combine(db.Folder, "ethicsbot.db");

    private static string Backup(TestDatabase db)
    {
        var backup = Path.Combine(db.Folder, "backup.db");
        using var source = new SqliteConnection($"Data Source={DatabaseFile(db)};Pooling=False");
        using var target = new SqliteConnection($"Data Source={backup};Pooling=False");
        source.Open();
        target.Open();
        source.BackupDatabase(target);
        return backup;
    }

    private static void DeleteFiles(TestDatabase db)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(DatabaseFile(db) + suffix);
        }
    }
}
