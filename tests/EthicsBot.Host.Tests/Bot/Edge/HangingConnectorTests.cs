namespace EthicsBot.Host.Tests.Bot.Edge;

using System.Diagnostics;
using System.Net.Http.Json;
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

    [Fact]
    public async Task PostCardAction_ConnectorHangsOnFollowUps_ReplacementCardStillComesBackWithinTheBudget()
    {
        var client = factory.CreateClient();
        await client.PostAsync(Activities.Message(connector.ServiceUrl, "quiz"));
        var question = (await connector.WaitForAsync(2)).Select(CardJson.FirstCard).First(c => c is not null && CardJson.ExecuteActions(c).Any());
        var answer = CardJson.ExecuteActions(question).First();
        var answered = (await (await client.PostAsync(Activities.CardAction(connector.ServiceUrl, answer["data"]!))).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["value"]!.AsObject();
        var next = CardJson.ExecuteActions(answered).First(a => (string?)a["verb"] == "next");
        connector.Hold("conv-user-1");
        var before = connector.Requests.Count;

        // "Next" replaces the answered card and sends the next question as a follow-up message, which now hangs.
        var watch = Stopwatch.StartNew();
        var pressNext = Activities.CardAction(connector.ServiceUrl, next["data"]!);
        pressNext["value"]!["action"]!["verb"] = "next";
        var response = await client.PostAsync(pressNext);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        Assert.Equal(CardJson.AdaptiveCardType, (string?)body!["type"]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(connector.Requests.Count > before, "the answer should have sent the next question as a follow-up");
    }
}
