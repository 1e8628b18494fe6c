namespace EthicsBot.FanOutBench;

using EthicsBot.Domain;
using EthicsBot.Persistence;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Postgres;
using EthicsBot.Persistence.Sqlite;
using EthicsBot.Persistence.Users;
using Microsoft.Data.Sqlite;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

/// <summary>Creates a fresh database and subscribes N users through the Persistence stores, as installs would.</summary>
internal static class Seeder
{
    public const string Tenant = "bench-tenant";

    public static string UserId(int i) => $"29:bench-user-{i:000000}";

    public static string ConversationId(int i) => $"a:bench-conversation-{i:000000}";

    public static string ConversationIdOf(string userId) => ConversationId(int.Parse(userId["29:bench-user-".Length..], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Subscribes users number <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1.</summary>
    public static async Task SeedAsync(string connectionString, int first, int count, Uri serviceUrl, bool postgres = false)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Persistence:ConnectionString"] = connectionString,
                ["Persistence:Provider"] = postgres ? "Postgres" : "Sqlite",
            })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging();
        _ = postgres ? services.AddPostgresPersistence() : services.AddSqlitePersistence();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDatabaseMigrator>().MigrateAsync();
        var profiles = provider.GetRequiredService<IUserStore>();
        var references = provider.GetRequiredService<IConversationReferenceStore>();
        var now = TimeProvider.System.GetUtcNow();

        // A few writers at once: SQLite serialises the commits, the others prepare their next row meanwhile.
        await Parallel.ForEachAsync(Enumerable.Range(first, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            var userId = UserId(i);
            await profiles.UpsertAsync(new UserProfile { UserId = userId, TenantId = Tenant, Locale = Locale.Vi, CreatedAt = now }, token);
            var reference = new ConversationReference
            {
                User = new ChannelAccount(userId, $"Bench user {i}", aadObjectId: Guid.NewGuid().ToString()),
                Bot = new ChannelAccount("28:bench-bot", "EthicsBot"),
                Conversation = new ConversationAccount(conversationType: "personal", id: ConversationId(i), tenantId: Tenant),
                ChannelId = "msteams",
                ServiceUrl = serviceUrl.ToString(),
                Locale = "vi-VN",
            };
            await references.UpsertAsync(userId, Tenant, serviceUrl.ToString(), ConversationId(i), JsonConvert.SerializeObject(reference), now, token);
        });

        if (postgres)
        {
            return;
        }

        // Thousands of small commits leave a write-ahead log of hundreds of megabytes that the pool's open connections
        // keep alive. The bot would then start on a database no install leaves behind, and the kernel writing that log
        // back mid-run stalled every commit for a second. Fold it into the database and let the connections go.
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
    }
}
