namespace EthicsBot.Host.Tests.Bot;

using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Sqlite;
using Microsoft.Extensions.DependencyInjection;

/// <summary>A turn that changes nothing (help, asked again) takes no write lock: only reads reach SQLite.</summary>
public sealed class QuietTurnTests : IAsyncLifetime
{
    private readonly BotHostFactory factory = new();
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task PostHelp_SecondTime_OpensNoWriteConnection()
    {
        factory.Settings["Daily:WorkerEnabled"] = "false";
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<SqliteDatabase>();
        await client.PostAsync(Activities.Message(connector.ServiceUrl, "help"));
        await connector.WaitForAsync(1);
        var before = database.WritesOpened;

        await client.PostAsync(Activities.Message(connector.ServiceUrl, "help"));
        await connector.WaitForAsync(2);

        Assert.Equal(before, database.WritesOpened);
    }
}
