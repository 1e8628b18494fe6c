namespace EthicsBot.Persistence.Tests.Postgres;

using EthicsBot.Persistence.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

public sealed class PostgresMigratorTests
{
    [SkippableFact]
    public async Task MigrateAsync_FourInstancesAtOnce_AppliesEachScriptOnce()
    {
        await using var db = await PostgresTestDatabase.CreateAsync(migrate: false);
        // Each "instance" has its own data source (pool), as separate processes would.
        var instances = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(Microsoft.Extensions.Options.Options.Create(db.Options))).ToList();
        try
        {
            var applied = await Task.WhenAll(instances.Select(instance =>
                new PostgresMigrator(instance, new FakeTimeProvider(TestDatabase.Now), NullLogger<PostgresMigrator>.Instance).MigrateAsync()));

            var scripts = PostgresMigration.LoadEmbedded().Count;
            Assert.Equal(scripts, applied.Sum());
            Assert.Equal(scripts, await db.CountAsync("SELECT COUNT(*) FROM schema_version"));
            Assert.Equal(0, await db.Migrator.MigrateAsync());
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [SkippableFact]
    public async Task MigrateAsync_Fresh_CreatesEveryTableTheStoresUse()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();

        var tables = await db.CountAsync("""
            SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()
              AND table_name IN ('users', 'sessions', 'answers', 'documents', 'conversation_references', 'daily_subscriptions',
                                 'deliveries', 'health_probe', 'leases', 'schema_version')
            """);

        Assert.Equal(10, tables);
    }

    [SkippableFact]
    public async Task CanConnectAsync_MigratedDatabase_WritesAndReadsTheProbe()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        var health = new PostgresDatabaseHealth(db.Database, new FakeTimeProvider(TestDatabase.Now), NullLogger<PostgresDatabaseHealth>.Instance);

        Assert.True(await health.CanConnectAsync());
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM health_probe"));
    }

    [SkippableFact]
    public async Task CanConnectAsync_ServerUnreachable_IsFalse()
    {
        PostgresTestDatabase.ServerOrSkip();
        var options = new PersistenceOptions { Provider = PersistenceProvider.Postgres, ConnectionString = "Host=127.0.0.1;Port=1;Database=x;Timeout=2" };
        await using var database = new PostgresDatabase(Microsoft.Extensions.Options.Options.Create(options));
        var health = new PostgresDatabaseHealth(database, new FakeTimeProvider(TestDatabase.Now), NullLogger<PostgresDatabaseHealth>.Instance);

        Assert.False(await health.CanConnectAsync());
    }
}
