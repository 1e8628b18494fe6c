namespace EthicsBot.Persistence.Tests;

using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Documents;
using EthicsBot.Persistence.Postgres;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Reports;
using EthicsBot.Persistence.Sqlite;
using EthicsBot.Persistence.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

public sealed class PersistenceServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSqlitePersistence_HostStarts_MigratesBeforeServingAndResolvesEveryStore()
    {
        await using var db = await TestDatabase.CreateAsync(migrate: false);
        using var host = BuildHost(db.Options.ConnectionString!);

        await host.StartAsync();
        try
        {
            var services = host.Services;
            Assert.True(await services.GetRequiredService<IDatabaseHealth>().CanConnectAsync());
            Assert.Equal(0, await services.GetRequiredService<IDatabaseMigrator>().MigrateAsync());
            // The schema exists because the host ran the migrations while starting.
            Assert.Null(await services.GetRequiredService<IUserStore>().GetAsync("nobody"));
            Assert.Null((await services.GetRequiredService<IUserTurnStore>().ReadAsync("nobody")).Profile);
            Assert.Null(await services.GetRequiredService<IQuizStore>().GetSessionAsync("none"));
            Assert.Empty(await services.GetRequiredService<IDocumentStore>().ReadAsync(["none"]));
            Assert.Null(await services.GetRequiredService<IConversationReferenceStore>().GetAsync("nobody"));
            Assert.Null(await services.GetRequiredService<IDailySubscriptionStore>().GetAsync("nobody"));
            Assert.Equal(0, (await services.GetRequiredService<IDeliveryStore>().GetStatusAsync(new DateOnly(2026, 3, 2))).Due);
            Assert.Same(services.GetRequiredService<IDeliveryStore>(), services.GetRequiredService<IDeliveryStore>());
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task AddSqlitePersistence_InvalidConnectionString_FailsAtStart()
    {
        using var host = BuildHost("Data Source=:memory:");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPostgresPersistence_RegistersEveryServiceSqliteDoes()
    {
        // A store added to one provider and not the other would leave the host half-working on it.
        static HashSet<string> Contracts(IServiceCollection services) =>
            [.. services.Select(d => d.ServiceType).Where(t => t.Namespace?.StartsWith("EthicsBot.Persistence", StringComparison.Ordinal) == true
                && (t.IsInterface || t == typeof(IDatabaseMigrator))).Select(t => t.FullName!)];

        var sqlite = Contracts(new ServiceCollection().AddSqlitePersistence());
        var postgres = Contracts(new ServiceCollection().AddPostgresPersistence());

        Assert.Equal(sqlite.Order(), postgres.Order());
        Assert.Contains(typeof(IReportStore).FullName!, postgres);
    }

    private static IHost BuildHost(string connectionString)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:ConnectionString"] = connectionString,
        });
        builder.Services.AddLogging();
        builder.Services.AddSqlitePersistence();
        return builder.Build();
    }
}
