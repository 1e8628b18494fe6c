namespace EthicsBot.Host.Tests.Bot.Edge;

using System.Diagnostics;
using EthicsBot.Host.Tests.Fakes;

/// <summary>A Bot Connector that accepts the connection and never answers costs one timeout per call, not minutes.</summary>
public sealed class HangingConnectorTests : IAsyncLifetime
{
    private readonly BotHostFactory factory = new();
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        connector.Release("conv-user-1");
        await connector.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_ConnectorNeverAnswers_TurnEndsWithinTheConfiguredTimeouts()
    {
        factory.Settings["Bot:ConnectorTimeout"] = "00:00:01";
        connector.Hold("conv-user-1");
        var client = factory.CreateClient();

        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync(Activities.Message(connector.ServiceUrl, "help"));

        // The reply times out, then the apology does: two timeouts and the turn's own work, not 100-200 s.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
        Assert.NotEmpty(connector.Requests);
        // The failure is handled (logged, state cleared); the timed-out apology does not turn into a 500.
        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
    }
}
