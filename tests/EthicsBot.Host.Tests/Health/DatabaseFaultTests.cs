namespace EthicsBot.Host.Tests.Health;

using System.Net;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.Data.Sqlite;

/// <summary>The database file is taken away under the running bot and put back: health, the user's reply, recovery.</summary>
public sealed class DatabaseFaultTests : ConnectedHostTest
{
    [Fact]
    public async Task FileDeletedThenRestored_HealthSaysSoUserGetsApologyAndBotRecoversWithoutRestart()
    {
        Factory.Settings["Daily:WorkerEnabled"] = "false";
        var client = Factory.CreateClient();
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help"));
        await Connector.WaitForAsync(1);
        var backup = Factory.DatabaseFile + ".backup";
        using (var source = new SqliteConnection($"Data Source={Factory.DatabaseFile};Pooling=False"))
        using (var target = new SqliteConnection($"Data Source={backup};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(Factory.DatabaseFile + suffix);
        }

        await Task.Delay(1600); // past the probe's cache
        var whileGone = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var turnWhileGone = await client.PostAsync(Activities.Message(Connector.ServiceUrl, "quiz", userId: "user-2"));
        var sentWhileGone = await Connector.WaitForAsync(2);

        File.Copy(backup, Factory.DatabaseFile);
        await Task.Delay(1600);
        var afterRestore = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var turnAfter = await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help", userId: "user-3"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileGone.StatusCode);
        Assert.True(turnWhileGone.IsSuccessStatusCode, $"status {(int)turnWhileGone.StatusCode}");
        Assert.Contains(sentWhileGone.Skip(1), a => ((string?)a["text"] ?? string.Empty).Contains("Sorry", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, afterRestore.StatusCode);
        Assert.True(turnAfter.IsSuccessStatusCode, $"status {(int)turnAfter.StatusCode}");
        Assert.True((await Connector.WaitForAsync(3)).Count >= 3);
    }
}
