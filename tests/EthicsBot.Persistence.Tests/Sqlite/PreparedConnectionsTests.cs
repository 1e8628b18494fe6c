namespace EthicsBot.Persistence.Tests.Sqlite;

using EthicsBot.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SQLitePCL;

/// <summary>The turn's hot statements keep their compiled form on open connections (issue 12, CPU per session turn).</summary>
public sealed class PreparedConnectionsTests
{
    private const string ProfileName = "SELECT display_name FROM users WHERE user_id = @user";

    [Fact]
    public async Task ReadPreparedAsync_SameSqlTwice_RunsTheSameCompiledStatementAndSeesNewData()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Users.UpsertAsync(Samples.User("29:u1") with { DisplayName = "An" });
        var (first, firstName) = await ReadNameAsync(db.Database, "29:u1");
        await db.Users.UpsertAsync(Samples.User("29:u1") with { DisplayName = "Bình" });

        var (second, secondName) = await ReadNameAsync(db.Database, "29:u1");

        Assert.Same(first, second);
        Assert.False(second.IsClosed);
        Assert.Equal(("An", "Bình"), (firstName, secondName));
    }

    [Fact]
    public async Task ReadPreparedAsync_TwoAtOnce_EachGetsItsOwnConnection()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Users.UpsertAsync(Samples.User("29:u1") with { DisplayName = "An" });
        var holding = new TaskCompletionSource();
        var held = db.Database.ReadPreparedAsync(ProfileName, "@user", "29:u1", async (reader, token) =>
        {
            await holding.Task;
            return reader.Handle;
        }, CancellationToken.None);

        var (other, name) = await ReadNameAsync(db.Database, "29:u1");
        holding.SetResult();

        Assert.NotSame(await held, other);
        Assert.Equal("An", name);
    }

    [Fact]
    public async Task ReadPreparedAsync_ReadFails_ConnectionIsClosedNotReused()
    {
        await using var db = await TestDatabase.CreateAsync();
        sqlite3_stmt? failed = null;
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Database.ReadPreparedAsync<int>(ProfileName, "@user", "29:u1", (reader, token) =>
        {
            failed = reader.Handle;
            throw new InvalidOperationException("mapping failed");
        }, CancellationToken.None));

        var (next, _) = await ReadNameAsync(db.Database, "29:u1");

        Assert.True(failed!.IsClosed);
        Assert.NotSame(failed, next);
    }

    [Fact]
    public async Task ClearPool_IdleAndBusyPreparedConnections_AreClosed()
    {
        await using var db = await TestDatabase.CreateAsync();
        var holding = new TaskCompletionSource();
        sqlite3_stmt? busy = null;
        var held = db.Database.ReadPreparedAsync(ProfileName, "@user", "29:u1", async (reader, token) =>
        {
            busy = reader.Handle;
            await holding.Task;
            return 0;
        }, CancellationToken.None);
        var (idle, _) = await ReadNameAsync(db.Database, "29:u1");

        db.Database.ClearPool();
        var idleClosed = idle.IsClosed;
        holding.SetResult();
        await held;

        Assert.NotSame(busy, idle);
        Assert.True(idleClosed);
        Assert.True(busy!.IsClosed);
    }

    [Fact]
    public async Task WritePreparedAsync_AnotherWriterHoldsTheWriteTurn_WaitsForItThenWrites()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.Users.UpsertAsync(Samples.User("29:u1") with { DisplayName = "An" });
        Task<int> waiting;
        await using (var writer = await db.Database.OpenWriteAsync(CancellationToken.None))
        {
            waiting = db.Database.WritePreparedAsync("UPDATE users SET display_name = @name WHERE user_id = @user", "Bình", static (parameters, name) =>
            {
                parameters.AddWithValue("@name", name);
                parameters.AddWithValue("@user", "29:u1");
            }, CancellationToken.None);
            await Task.Delay(100);
            Assert.False(waiting.IsCompleted);
        }

        Assert.Equal(1, await waiting);
        Assert.Equal("Bình", (await ReadNameAsync(db.Database, "29:u1")).Name);
    }

    [Fact]
    public async Task CheckNowAsync_FileReplacedWhileOnlyPreparedReadsHoldTheOldOne_FailsThenTurnsReadTheNewFile()
    {
        await using var db = await TestDatabase.CreateAsync();
        var health = new SqliteDatabaseHealth(db.Database, TimeProvider.System, NullLogger<SqliteDatabaseHealth>.Instance);
        await db.Users.UpsertAsync(Samples.User("29:u1") with { DisplayName = "An" });
        var backup = Path.Combine(db.Folder, "backup.db");
        await using (var source = new SqliteConnection($"Data Source={Path.Combine(db.Folder, "ethicsbot.db")};Pooling=False"))
        await using (var target = new SqliteConnection($"Data Source={backup};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        Assert.True(await health.CheckNowAsync());
        await db.Users.UpsertAsync(Samples.User("29:u1") with { DisplayName = "Bình" });
        Assert.Equal("Bình", (await ReadNameAsync(db.Database, "29:u1")).Name);
        // The restored copy goes where the file was; only the prepared reads still hold the old file open.
        SqliteConnection.ClearPool(new SqliteConnection(db.Database.ConnectionString));
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(Path.Combine(db.Folder, "ethicsbot.db") + suffix);
        }

        File.Copy(backup, Path.Combine(db.Folder, "ethicsbot.db"));

        Assert.False(await health.CheckNowAsync());
        Assert.Equal("An", (await ReadNameAsync(db.Database, "29:u1")).Name);
        Assert.True(await health.CheckNowAsync());
    }

    private static Task<(sqlite3_stmt Statement, string? Name)> ReadNameAsync(SqliteDatabase database, string userId) =>
        database.ReadPreparedAsync(ProfileName, "@user", userId, static async (reader, token) =>
            (reader.Handle!, await reader.ReadAsync(token) ? reader.GetNullableString(0) : null), CancellationToken.None);
}
