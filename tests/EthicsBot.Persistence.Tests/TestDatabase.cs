namespace EthicsBot.Persistence.Tests;

using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Documents;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Sqlite;
using EthicsBot.Persistence.Users;
using EthicsBot.Persistence.Reports;
using EthicsBot.Persistence.Units;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// A migrated SQLite file in its own temporary folder: a real file, so WAL, locking and concurrent
/// connections behave as in production.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private TestDatabase(string folder, PersistenceOptions options)
    {
        Folder = folder;
        Options = options;
        Database = new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(options));
        Migrator = new SqliteMigrator(Database, new FakeTimeProvider(Now), NullLogger<SqliteMigrator>.Instance);
    }

    public string Folder { get; }
    public PersistenceOptions Options { get; }
    public SqliteDatabase Database { get; }
    public SqliteMigrator Migrator { get; }

    public IUserStore Users => new SqliteUserStore(Database);
    public IQuizStore Quizzes => new SqliteQuizStore(Database);
    public IDocumentStore Documents => new SqliteDocumentStore(Database);
    public IConversationReferenceStore References => new SqliteConversationReferenceStore(Database);
    public IDailySubscriptionStore Subscriptions => new SqliteDailySubscriptionStore(Database);
    public IUnitStore Units => new SqliteUnitStore(Database, new FakeTimeProvider(Now));
    public IReportStore Reports => new SqliteReportStore(Database);
    public EthicsBot.Persistence.Leaderboards.ILeaderboardChannelStore LeaderboardChannels => new EthicsBot.Persistence.Leaderboards.SqliteLeaderboardChannelStore(Database);
    public IDeliveryStore Deliveries => new SqliteDeliveryStore(Database, Microsoft.Extensions.Options.Options.Create(Options));

    public static async Task<TestDatabase> CreateAsync(bool migrate = true, string fileName = "ethicsbot.db")
    {
        var folder = Path.Combine(Path.GetTempPath(), "ethicsbot-persistence-tests", Guid.NewGuid().ToString("N"));
        var database = new TestDatabase(folder, new PersistenceOptions { ConnectionString = $"Data Source={Path.Combine(folder, fileName)}" });
        if (migrate)
        {
            await database.Migrator.MigrateAsync();
        }

        return database;
    }

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        // Pooled connections keep the file open; release them so the folder can go.
        SqliteConnection.ClearPool(new SqliteConnection(Database.ConnectionString));
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
