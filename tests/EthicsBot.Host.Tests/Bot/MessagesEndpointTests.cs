namespace EthicsBot.Host.Tests.Bot;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Fakes;

public sealed class MessagesEndpointTests : IAsyncLifetime
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
    public async Task PostMessage_QuizCommand_SendsQuestionCardToConnector()
    {
        var client = factory.CreateClient();

        var response = await client.PostAsync(Activities.Message(connector.ServiceUrl, "quiz"));

        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        // A first message from an unknown user gets the welcome card first, then the question.
        var sent = await connector.WaitForAsync(2);
        var card = sent.Select(CardJson.FirstCard).FirstOrDefault(c => c is not null && CardJson.ExecuteActions(c).Any());
        Assert.NotNull(card);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.NotEmpty(CardJson.ExecuteActions(card));
    }

    [Fact]
    public async Task PostInvoke_AnswerFromCard_ReturnsReplacementCardWithoutAnswerButtons()
    {
        var client = factory.CreateClient();
        await client.PostAsync(Activities.Message(connector.ServiceUrl, "quiz"));
        var question = (await connector.WaitForAsync(2)).Select(CardJson.FirstCard).First(c => c is not null && CardJson.ExecuteActions(c).Any());
        var answer = CardJson.ExecuteActions(question).First();

        var response = await client.PostAsync(Activities.CardAction(connector.ServiceUrl, answer["data"]!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(200, (int?)body!["statusCode"]);
        Assert.Equal(CardJson.AdaptiveCardType, (string?)body["type"]);
        var replacement = body["value"] as JsonObject;
        Assert.NotNull(replacement);
        Assert.DoesNotContain(CardJson.ExecuteActions(replacement), a => (string?)a["verb"] == (string?)answer["verb"]);
    }

    [Fact]
    public async Task PostInvoke_ForgedAction_StillAnswers200WithCard()
    {
        var client = factory.CreateClient();
        var forged = new JsonObject { ["sessionId"] = "no-such-session", ["questionId"] = "sm-001", ["optionId"] = "z" };

        var response = await client.PostAsync(Activities.CardAction(connector.ServiceUrl, forged));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(CardJson.AdaptiveCardType, (string?)body!["type"]);
        Assert.NotNull(body["value"] as JsonObject);
    }

    [Fact]
    public async Task PostMessage_MalformedJson_Returns400()
    {
        var client = factory.CreateClient();

        using var content = new StringContent("{ this is not json", Encoding.UTF8, "application/json");
        var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
