namespace EthicsBot.Host.Tests.Bot;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Sqlite;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Issue 12 (CPU per session turn): a repeated quiz card action costs three reads (the user's profile, reference and
/// unreachable flag in one; the flow state; the session with its answers) where it cost six, and writes only what it
/// changes: an answer writes the answer alone (whether the question on screen is answered is read from the answers,
/// not kept in the flow state), "next" only the flow state's pointer.
/// </summary>
public sealed class SessionTurnStatementTests : ConnectedHostTest
{
    [Fact]
    public async Task CardActions_SecondQuestionOfASession_ThreeReadsAndOneWriteEach()
    {
        Factory.Settings["Daily:WorkerEnabled"] = "false";
        var client = Factory.CreateClient();
        var database = Factory.Services.GetRequiredService<SqliteDatabase>();
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "quiz"));
        var first = (await Connector.WaitForAsync(2)).Select(CardJson.FirstCard).Last(c => c is not null && CardJson.ExecuteActions(c).Any())!;
        var second = await AnswerAndNextAsync(client, first, expectedSends: 3);

        var (answerReads, answerWrites, nextReads, nextWrites) = (0L, 0L, 0L, 0L);
        var answered = await CountAsync(database, () => AnswerAsync(client, second), (reads, writes) => (answerReads, answerWrites) = (reads, writes));
        var next = CardJson.ExecuteActions(answered).First(a => (string?)a["verb"] == "next");
        await CountAsync(database, () => PressAsync(client, next, "next"), (reads, writes) => (nextReads, nextWrites) = (reads, writes));
        await Connector.WaitForAsync(4);

        Assert.Equal((3, 1), (answerReads, answerWrites));
        Assert.Equal((3, 1), (nextReads, nextWrites));
    }

    private async Task<JsonObject> AnswerAndNextAsync(HttpClient client, JsonObject question, int expectedSends)
    {
        var answered = await AnswerAsync(client, question);
        await PressAsync(client, CardJson.ExecuteActions(answered).First(a => (string?)a["verb"] == "next"), "next");
        return (await Connector.WaitForAsync(expectedSends)).Select(CardJson.FirstCard).Last(c => c is not null && CardJson.ExecuteActions(c).Any())!;
    }

    private async Task<JsonObject> AnswerAsync(HttpClient client, JsonObject question) =>
        await PressAsync(client, CardJson.ExecuteActions(question).First(a => (string?)a["verb"] == "answer"), "answer");

    private async Task<JsonObject> PressAsync(HttpClient client, JsonObject action, string verb)
    {
        var response = await client.PostAsync(Activities.CardAction(Connector.ServiceUrl, action["data"]!, verb: verb));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["value"]!.AsObject();
    }

    private static async Task<T> CountAsync<T>(SqliteDatabase database, Func<Task<T>> turn, Action<long, long> counted)
    {
        var (reads, writes) = (database.ReadsOpened, database.WritesOpened);
        var result = await turn();
        counted(database.ReadsOpened - reads, database.WritesOpened - writes);
        return result;
    }
}
