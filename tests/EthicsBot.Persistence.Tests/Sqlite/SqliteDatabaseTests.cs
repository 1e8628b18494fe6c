namespace EthicsBot.Persistence.Tests.Sqlite;

using EthicsBot.Persistence.Sqlite;
using Microsoft.Extensions.Options;

public sealed class SqliteDatabaseTests
{
    [Fact]
    public async Task OpenAsync_MissingFile_FailsInsteadOfCreatingAnEmptyDatabase()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false, fileName: Path.Combine("nested", "bot.db"));

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => db.Database.OpenAsync(CancellationToken.None));
        Assert.False(File.Exists(Path.Combine(db.Folder, "nested", "bot.db")));
    }

    [Fact]
    public async Task OpenForMigrationAsync_MissingFolder_CreatesFolderAndFile()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false, fileName: Path.Combine("nested", "deeper", "bot.db"));

        await using (await db.Database.OpenForMigrationAsync(CancellationToken.None))
        {
            Assert.True(Directory.Exists(Path.Combine(db.Folder, "nested", "deeper")));
        }
    }

    [Fact]
    public async Task OpenAsync_AnyConnection_EnforcesForeignKeysAndWaitsOnLocks()
    {
        await using var db = await TestDatabase.CreateAsync();

        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await using var foreignKeys = connection.Command("PRAGMA foreign_keys");
        await using var busyTimeout = connection.Command("PRAGMA busy_timeout");

        Assert.Equal(1L, await foreignKeys.ExecuteScalarAsync());
        Assert.Equal(5000L, await busyTimeout.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OpenAsync_AnyConnection_CheckpointsTheWalEvery4000PagesNotSQLites1000()
    {
        await using var db = await TestDatabase.CreateAsync();

        await using var connection = await db.Database.OpenAsync(CancellationToken.None);
        await using var checkpoint = connection.Command("PRAGMA wal_autocheckpoint");

        Assert.Equal(4000L, await checkpoint.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OpenAsync_PooledConnectionHandedOutAgain_KeepsItsSettings()
    {
        await using var db = await TestDatabase.CreateAsync();
        object? firstHandle;
        await using (var first = await db.Database.OpenAsync(CancellationToken.None))
        {
            firstHandle = first.Handle;
        }

        // The pool returns the same physical connection, which is configured once, not on every open.
        await using var again = await db.Database.OpenAsync(CancellationToken.None);
        await using var foreignKeys = again.Command("PRAGMA foreign_keys");
        await using var synchronous = again.Command("PRAGMA synchronous");
        await using var busyTimeout = again.Command("PRAGMA busy_timeout");

        Assert.Same(firstHandle, again.Handle);
        Assert.Equal(1L, await foreignKeys.ExecuteScalarAsync());
        Assert.Equal(1L, await synchronous.ExecuteScalarAsync()); // NORMAL
        Assert.Equal(5000L, await busyTimeout.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OpenAsync_SharedInMemoryDatabase_KeepsDataBetweenConnections()
    {
        var options = new PersistenceOptions { ConnectionString = $"Data Source=mem-{Guid.NewGuid():N};Mode=Memory;Cache=Shared" };
        using var database = new SqliteDatabase(Options.Create(options));
        await new SqliteMigrator(database, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteMigrator>.Instance)
            .MigrateAsync();
        var store = new EthicsBot.Persistence.Documents.SqliteDocumentStore(database);

        var etag = await store.WriteAsync("k", "{}", null);
        var read = await store.ReadAsync(["k"]);

        Assert.False(database.IsFile);
        Assert.Equal(etag, read["k"].ETag);
    }
}
