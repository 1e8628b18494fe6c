namespace EthicsBot.MultiInstance.Tests;

using System.Net.Http.Json;
using System.Text.Json.Nodes;

public sealed class StartupTests
{
    [Theory]
    [InlineData("--Persistence:Provider=Postgres", "Persistence:ConnectionString is required when Persistence:Provider is Postgres")]
    [InlineData("--Persistence:Provider=Oracle", "Persistence:Provider")]
    public async Task Start_StoreMisconfigured_ExitsWithAMessageNamingTheSetting(string setting, string expected)
    {
        var workDir = Directory.CreateTempSubdirectory("ethicsbot-startup-").FullName;
        try
        {
            using var host = HostProcess.Start([setting, $"--Content:Path={Path.Combine(Deployment.RepositoryRoot(), "content")}"], workDir, "host");

            var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

            Assert.NotEqual(0, exitCode);
            Assert.Contains(expected, host.Log(), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(workDir, "data", "ethicsbot.db")), "a misconfigured start must not create the SQLite file");
        }
        finally
        {
            Directory.Delete(workDir, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Healthz_OnPostgres_NamesTheProvider()
    {
        await using var deployment = await Deployment.CreateAsync();
        await deployment.StartAsync(1);
        using var client = new HttpClient { BaseAddress = deployment.Hosts[0].Url };

        var health = (await client.GetFromJsonAsync<JsonObject>("/healthz"))!;

        Assert.Equal(("healthy", "reachable", "Postgres"), ((string?)health["status"], (string?)health["database"], (string?)health["provider"]));
    }
}
