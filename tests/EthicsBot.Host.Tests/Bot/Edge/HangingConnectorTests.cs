namespace EthicsBot.Host.Tests.Bot.Edge;

using System.Diagnostics;
using System.Net.Http.Json;
using EthicsBot.Host.Tests.Fakes;

/// <summary>A Bot Connector that accepts the connection and never answers costs one timeout per call, not minutes.</summary>
public sealed class HangingConnectorTests : ConnectedHostTest
{
    public override async Task DisposeAsync()
    {
        Connector.Release("conv-user-1");
        await base.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_ConnectorNeverAnswers_TurnEndsWithinTheConfiguredTimeouts()
    {
        Factory.Settings["Bot:ConnectorTimeout"] = "00:00:01";
        Connector.Hold("conv-user-1");
        var client = Factory.CreateClient();

        var watch = Stopwatch.StartNew();
        var response = await client.PostAsync(Activities.Message(Connector.ServiceUrl, "help"));

        // The reply times out, then the apology does: two timeouts and the turn's own work, not 100-200 s.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"took {watch.Elapsed}");
        Assert.NotEmpty(Connector.Requests);
        // The failure is handled (logged, state cleared); the timed-out apology does not turn into a 500.
        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
    }

    [Fact]
    public async Task PostCardAction_ConnectorHangsOnFollowUps_ReplacementCardStillComesBackWithinTheBudget()
    {
        var client = Factory.CreateClient();
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "quiz"));
        var question = (await Connector.WaitForAsync(2)).Select(CardJson.FirstCard).First(c => c is not null && CardJson.ExecuteActions(c).Any());
        var answer = CardJson.ExecuteActions(question).First();
        var answered = (await (await client.PostAsync(Activities.CardAction(Connector.ServiceUrl, answer["data"]!))).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["value"]!.AsObject();
        var next = CardJson.ExecuteActions(answered).First(a => (string?)a["verb"] == "next");
        Connector.Hold("conv-user-1");
        var before = Connector.Requests.Count;

        // "Next" replaces the answered card and sends the next question as a follow-up message, which now hangs.
        var watch = Stopwatch.StartNew();
        var pressNext = Activities.CardAction(Connector.ServiceUrl, next["data"]!);
        pressNext["value"]!["action"]!["verb"] = "next";
        var response = await client.PostAsync(pressNext);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        Assert.Equal(CardJson.AdaptiveCardType, (string?)body!["type"]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(Connector.Requests.Count > before, "the answer should have sent the next question as a follow-up");
    }
}
