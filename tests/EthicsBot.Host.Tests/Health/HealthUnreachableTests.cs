namespace EthicsBot.Host.Tests.Health;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;

public sealed class HealthUnreachableTests
{
    [Fact]
    public async Task GetHealthz_DatabaseUnreachable_Returns503WithReason()
    {
        // The database is the seam here: the host migrated a real file at start, then the database "went away".
        var database = new Mock<IDatabaseHealth>();
        database.Setup(d => d.CanConnectAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);
        await using var factory = new BotHostFactory();
        var client = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(database.Object))).CreateClient();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("unhealthy", (string?)body!["status"]);
        Assert.Equal("unreachable", (string?)body["database"]);
        Assert.True((int?)body["questions"]!["vi"] > 0);
    }
}
