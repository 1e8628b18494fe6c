namespace EthicsBot.Host.Tests.Bot;

using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Sqlite;
using Microsoft.Extensions.DependencyInjection;

/// <summary>A turn that changes nothing (help, asked again) takes no write lock: only reads reach SQLite.</summary>
public sealed class QuietTurnTests : ConnectedHostTest
{
    [Fact]
    public async Task PostHelp_SecondTime_OpensNoWriteConnection()
    {
        Factory.Settings["Daily:WorkerEnabled"] = "false";
        var client = Factory.CreateClient();
        var database = Factory.Services.GetRequiredService<SqliteDatabase>();
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help"));
        await Connector.WaitForAsync(1);
        var before = database.WritesOpened;

        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help"));
        await Connector.WaitForAsync(2);

        Assert.Equal(before, database.WritesOpened);
    }
}
