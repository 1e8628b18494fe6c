namespace EthicsBot.Persistence.Tests;

using EthicsBot.Persistence.Admin;
using EthicsBot.Persistence.Content;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Feedback;
using EthicsBot.Persistence.Documents;
using EthicsBot.Persistence.Leases;
using EthicsBot.Persistence.Postgres;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Reports;
using EthicsBot.Persistence.Units;
using EthicsBot.Persistence.Users;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

/// <summary>
/// A migrated PostgreSQL schema of its own (search_path) in the database ETHICSBOT_TEST_POSTGRES names, so tests
/// run in parallel without seeing each other's rows. Without the variable the test is skipped, with the reason.
/// </summary>
internal sealed class PostgresTestDatabase : StoreDatabase
{
    public const string Variable = "ETHICSBOT_TEST_POSTGRES";

    private readonly string server;

    private PostgresTestDatabase(string server, string schema)
    {
        this.server = server;
        Schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        Options = new PersistenceOptions { Provider = PersistenceProvider.Postgres, ConnectionString = ConnectionString };
        Database = new PostgresDatabase(Microsoft.Extensions.Options.Options.Create(Options));
        Migrator = new PostgresMigrator(Database, new FakeTimeProvider(TestDatabase.Now), NullLogger<PostgresMigrator>.Instance);
    }

    public string Schema { get; }
    public string ConnectionString { get; }
    public PersistenceOptions Options { get; }
    public PostgresDatabase Database { get; }
    public PostgresMigrator Migrator { get; }

    public override IUserStore Users => new PostgresUserStore(Database);
    public override IUserTurnStore UserTurns => new PostgresUserTurnStore(Database);
    public override IQuizStore Quizzes => new PostgresQuizStore(Database);
    public override IDocumentStore Documents => new PostgresDocumentStore(Database);
    public override IConversationReferenceStore References => new PostgresConversationReferenceStore(Database);
    public override IDailySubscriptionStore Subscriptions => new PostgresDailySubscriptionStore(Database);
    public override IDeliveryStore Deliveries => new PostgresDeliveryStore(Database);
    public override ILeaseStore Leases => new PostgresLeaseStore(Database);
    public override IUnitStore Units => new PostgresUnitStore(Database, new FakeTimeProvider(TestDatabase.Now));
    public override IReportStore Reports => new PostgresReportStore(Database);
    public override ICompletionStore Completion => new PostgresCompletionStore(Database);
    public override IAdminAuditStore Audit => new PostgresAdminAuditStore(Database);
    public override IQuestionFeedbackStore Feedback => new PostgresQuestionFeedbackStore(Database);
    public override IContentImportStore Imports => new PostgresContentImportStore(Database);
    public override global::EthicsBot.Persistence.Leaderboards.ILeaderboardChannelStore LeaderboardChannels =>
        new global::EthicsBot.Persistence.Leaderboards.PostgresLeaderboardChannelStore(Database);

    // Temporary tables live in the session's own pg_temp schema; any pooled connection that ran a report would show them.
    public override Task<long> CountTemporaryReportTablesAsync() =>
        CountAsync("SELECT COUNT(*) FROM pg_class WHERE relpersistence = 't' AND relname LIKE 'report_%'");

    /// <summary>The server's connection string, or a skip of the running test when none is configured.</summary>
    public static string ServerOrSkip()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(server),
            $"{Variable} is not set: PostgreSQL tests need a server (.ci/run starts one; locally: eval \"$(.ci/postgres-start)\" and export {Variable}).");
        return server!;
    }

    public static async Task<PostgresTestDatabase> CreateAsync(bool migrate = true)
    {
        var server = ServerOrSkip();
        var schema = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = new PostgresTestDatabase(server, schema);
        if (migrate)
        {
            await database.Migrator.MigrateAsync();
        }

        return database;
    }

    /// <summary>The contract suites' factory.</summary>
    public static async Task<StoreDatabase> CreateMigratedAsync() => await CreateAsync();

    public override async Task<long> CountAsync(string sql)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public override async Task SeedReferencesAsync(IEnumerable<string> userIds)
    {
        await using var connection = await Database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand("""
            INSERT INTO conversation_references (user_id, service_url, conversation_id, reference_json, updated_at)
            SELECT u, 'https://smba.example/', 'a:' || u, '{}', '2026-03-02T00:00:00Z' FROM unnest(@users) AS t(u)
            """, connection);
        command.Parameters.AddWithValue("@users", userIds.ToArray());
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA {Schema} CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
