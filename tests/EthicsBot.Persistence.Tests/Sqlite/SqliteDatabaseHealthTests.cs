namespace EthicsBot.Persistence.Tests.Sqlite;

using EthicsBot.Persistence.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

public sealed class SqliteDatabaseHealthTests
{
    [Fact]
    public async Task CanConnectAsync_WorkingDatabase_ReturnsTrue()
    {
        await using var db = await TestDatabase.CreateAsync();

        Assert.True(await Health(db.Database).CanConnectAsync());
    }

    [Fact]
    public async Task CanConnectAsync_DataSourceIsADirectory_ReturnsFalse()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        Directory.CreateDirectory(db.Folder);
        using var database = Database($"Data Source={db.Folder}");

        Assert.False(await Health(database).CanConnectAsync());
    }

    [Fact]
    public async Task CanConnectAsync_FolderPathRunsThroughAFile_ReturnsFalse()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        Directory.CreateDirectory(db.Folder);
        var file = Path.Combine(db.Folder, "plain-file");
        await File.WriteAllTextAsync(file, "not a folder");
        using var database = Database($"Data Source={Path.Combine(file, "bot.db")}");

        Assert.False(await Health(database).CanConnectAsync());
    }

    [Fact]
    public async Task CanConnectAsync_DeadlineAlreadyPassed_ReturnsFalse()
    {
        await using var db = await TestDatabase.CreateAsync();

        Assert.False(await Health(db.Database).CanConnectAsync(new CancellationToken(canceled: true)));
    }

    private static SqliteDatabase Database(string connectionString) =>
        new(Options.Create(new PersistenceOptions { ConnectionString = connectionString }));

    private static SqliteDatabaseHealth Health(SqliteDatabase database, TimeProvider? time = null) =>
        new(database, time ?? TimeProvider.System, NullLogger<SqliteDatabaseHealth>.Instance);
}
