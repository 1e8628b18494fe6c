namespace EthicsBot.Persistence.Tests;

using EthicsBot.Persistence.Admin;
using EthicsBot.Persistence.Content;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Feedback;
using EthicsBot.Persistence.Documents;
using EthicsBot.Persistence.Leases;
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
internal sealed class TestDatabase : StoreDatabase
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

    public override IUserStore Users => new SqliteUserStore(Database);
    public override IUserTurnStore UserTurns => new SqliteUserTurnStore(Database);
    public override IQuizStore Quizzes => new SqliteQuizStore(Database);
    public override IDocumentStore Documents => new SqliteDocumentStore(Database);
    public override IConversationReferenceStore References => new SqliteConversationReferenceStore(Database);
    public override IDailySubscriptionStore Subscriptions => new SqliteDailySubscriptionStore(Database);
    public override IDeliveryStore Deliveries => new SqliteDeliveryStore(Database);
    public override ILeaseStore Leases => new SqliteLeaseStore(Database);
    public override IUnitStore Units => new SqliteUnitStore(Database, new FakeTimeProvider(Now));
    public override IReportStore Reports => new SqliteReportStore(Database);
    public override ICompletionStore Completion => new SqliteCompletionStore(Database);
    public override IAdminAuditStore Audit => new SqliteAdminAuditStore(Database);
    public override IQuestionFeedbackStore Feedback => new SqliteQuestionFeedbackStore(Database);
    public override IContentImportStore Imports => new SqliteContentImportStore(Database);
    public override global::EthicsBot.Persistence.Leaderboards.ILeaderboardChannelStore LeaderboardChannels =>
        new global::EthicsBot.Persistence.Leaderboards.SqliteLeaderboardChannelStore(Database);

    public override Task<long> CountTemporaryReportTablesAsync() =>
        CountAsync("SELECT COUNT(*) FROM temp.sqlite_master WHERE name LIKE 'report_%'");

    /// <summary>The contract suites' factory.</summary>
    public static async Task<StoreDatabase> CreateMigratedAsync() => await CreateAsync();

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

    public override Task<long> CountAsync(string sql) => CountAsync(sql, []);

    public override async Task SeedReferencesAsync(IEnumerable<string> userIds)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO conversation_references (user_id, service_url, conversation_id, reference_json, updated_at)
            VALUES (@user, 'https://smba.example/', 'a:' || @user, '{}', '2026-03-02T00:00:00.0000000Z')
            """;
        var user = command.Parameters.Add("@user", SqliteType.Text);
        foreach (var userId in userIds)
        {
            user.Value = userId;
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
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

    public override ValueTask DisposeAsync()
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
