namespace EthicsBot.Host.Tests.Health;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Fakes;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task GetHealthz_DatabaseReachable_Returns200WithContentAndCounts()
    {
        await using var factory = new BotHostFactory();
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("healthy", (string?)body!["status"]);
        Assert.Equal("reachable", (string?)body["database"]);
        Assert.Equal("Sqlite", (string?)body["provider"]);
        Assert.StartsWith("c-", (string?)body["contentVersion"], StringComparison.Ordinal);
        Assert.True((int?)body["questions"]!["vi"] >= 30);
        Assert.Equal((int?)body["questions"]!["vi"], (int?)body["questions"]!["en"]);
        Assert.Equal(0, (int?)body["withdrawn"]!["count"]);
    }
}
