namespace EthicsBot.Persistence.Tests.Sqlite;

using EthicsBot.Domain.Daily;
using EthicsBot.Persistence.Sqlite;

/// <summary>Migration 0011 rebuilds the four tables every turn reads as WITHOUT ROWID, keeping every row.</summary>
public sealed class HotTablesMigrationTests
{
    private static readonly string[] HotTables = ["documents", "users", "conversation_references", "daily_subscriptions"];

    [Fact]
    public async Task MigrateAsync_DatabaseAtVersion10WithRows_RowsReadBackFromWithoutRowidTables()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        await ApplyUpToAsync(db, 10);
        var profile = Samples.User() with { DisplayName = "Nguyễn Văn A", Unit = "xa-1" };
        await db.Users.UpsertAsync(profile);
        await db.References.UpsertAsync("29:user-1", "tenant-1", "https://smba.example/vn/", "a:conv-1", "{\"x\":1}", TestDatabase.Now);
        await db.Subscriptions.UpsertAsync("29:user-1", new DailySettings { DeliverAt = new TimeOnly(7, 45) });
        var etag = await db.Documents.WriteAsync("msteams/conversations/a:conv-1", "{\"flow\":{}}", null);

        var applied = await db.Migrator.MigrateAsync();

        Assert.Equal(SqliteMigration.LoadEmbedded().Count(m => m.Version > 10), applied);
        foreach (var table in HotTables)
        {
            Assert.Equal(1, await db.CountAsync(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name AND sql LIKE '%WITHOUT ROWID%'", ("@name", table)));
        }

        Assert.Equal(profile, await db.Users.GetAsync("29:user-1"));
        Assert.Equal(("a:conv-1", "https://smba.example/vn/", "{\"x\":1}"),
            await db.References.GetAsync("29:user-1") is { } reference ? (reference.ConversationId, reference.ServiceUrl, reference.ReferenceJson) : default);
        Assert.Equal(new TimeOnly(7, 45), (await db.Subscriptions.GetAsync("29:user-1"))!.Settings.DeliverAt);
        var document = (await db.Documents.ReadAsync(["msteams/conversations/a:conv-1"]))["msteams/conversations/a:conv-1"];
        Assert.Equal(("{\"flow\":{}}", etag), (document.Json, document.ETag));
        var turn = await db.UserTurns.ReadAsync("29:user-1");
        Assert.Equal(("a:conv-1", false), (turn.ReferenceConversationId, turn.Unreachable));
    }

    // The schema as an earlier release left it: scripts up to the version, recorded as the migrator records them.
    private static async Task ApplyUpToAsync(TestDatabase db, int version)
    {
        await using var connection = await db.Database.OpenForMigrationAsync(CancellationToken.None);
        await using var setup = connection.Command(
            "PRAGMA journal_mode = WAL; CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;");
        await setup.ExecuteNonQueryAsync();
        foreach (var migration in SqliteMigration.LoadEmbedded().Where(m => m.Version <= version))
        {
            await using var script = connection.Command(migration.Sql);
            await script.ExecuteNonQueryAsync();
            await using var record = connection.Command($"INSERT INTO schema_version VALUES ({migration.Version}, '{migration.Name}', 'x')");
            await record.ExecuteNonQueryAsync();
        }
    }
}
