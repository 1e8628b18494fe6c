namespace EthicsBot.Host.Tests.Admin;

using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Daily;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.Data.Sqlite;

/// <summary>
/// Reloads while learners are in the middle of quizzes: no turn fails, every answer is recorded with the version its
/// session was shown from, and a question a reload removed is skipped.
/// </summary>
public sealed class ReloadUnderTrafficTests : ConnectedHostTest
{
    private const string Key = "traffic-admin-key-0123456789";
    private readonly ContentCopy content = new();

    public ReloadUnderTrafficTests()
    {
        Factory.Settings["Content:Path"] = content.Directory;
        Factory.Settings["Admin:ApiKey"] = Key;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        content.Dispose();
    }

    [Fact]
    public async Task Reloads_DuringQuizTurns_NoTurnFailsAndAnswersKeepTheirSessionsVersion()
    {
        var client = Factory.CreateClient();
        var admin = Factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        string[] early = ["u1", "u2", "u3", "u4", "u5", "u6"];
        string[] late = ["u7", "u8"];
        var failures = new List<string>();
        foreach (var user in early)
        {
            await Send(client, user, "quiz", failures);
        }

        var firstReload = new TaskCompletionSource();
        var reloads = Task.Run(async () =>
        {
            for (var i = 1; i <= 8; i++)
            {
                await content.RenameTopicAsync($" r{i}");
                var response = await admin.PostAsync(new Uri("/api/admin/content/reload", UriKind.Relative), null);
                lock (failures)
                {
                    if (!response.IsSuccessStatusCode)
                    {
                        failures.Add($"reload {i}: {(int)response.StatusCode}");
                    }
                }

                firstReload.TrySetResult();
                await Task.Delay(30);
            }
        });
        var learners = early.Select(user => Task.Run(async () =>
        {
            for (var round = 0; round < 5; round++)
            {
                await Send(client, user, "a", failures);
                await Send(client, user, "next", failures);
            }
        })).ToList();
        await firstReload.Task;
        learners.AddRange(late.Select(user => Task.Run(async () =>
        {
            await Send(client, user, "quiz", failures);
            await Send(client, user, "a", failures);
        })));
        await Task.WhenAll([reloads, .. learners]);

        Assert.Empty(failures);
        Assert.DoesNotContain(Connector.Activities, a => ((string?)a["text"])?.StartsWith("Sorry", StringComparison.Ordinal) == true);
        var rows = await Query("SELECT s.user_id, s.content_version, a.content_version FROM answers a JOIN sessions s ON s.session_id = a.session_id");
        Assert.Equal(early.Length * 5 + late.Length, rows.Count);
        Assert.All(rows, r => Assert.Equal(r[1], r[2]));
        var startVersions = rows.Where(r => early.Contains(r[0])).Select(r => r[1]).Distinct().ToList();
        Assert.Single(startVersions);
        Assert.All(rows.Where(r => late.Contains(r[0])), r => Assert.NotEqual(startVersions[0], r[1]));
    }

    [Fact]
    public async Task Reload_RemovesQuestionsOfARunningSession_TheyAreSkipped()
    {
        var client = Factory.CreateClient();
        var admin = Factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var failures = new List<string>();
        await Send(client, "u1", "quiz", failures);
        var ids = (await Query("SELECT question_ids FROM sessions"))[0][0]!;
        var questions = JsonNode.Parse(ids)!.AsArray().Select(n => (string)n!).ToList();
        Assert.Equal(questions[0], await ShownQuestion("u1"));

        await content.RemoveQuestionAsync(questions[1]);
        await admin.PostAsync(new Uri("/api/admin/content/reload", UriKind.Relative), null);
        await Send(client, "u1", "a", failures);
        await Send(client, "u1", "next", failures);
        var afterNext = await ShownQuestion("u1");
        await content.RemoveQuestionAsync(questions[2]);
        await admin.PostAsync(new Uri("/api/admin/content/reload", UriKind.Relative), null);
        await Send(client, "u1", "b", failures);
        var afterRemovedOnScreen = await ShownQuestion("u1");

        Assert.Empty(failures);
        Assert.Equal(questions[2], afterNext);
        Assert.Equal(questions[3], afterRemovedOnScreen);
        Assert.Contains(Connector.Activities, a => CardText(a).Contains("removed from the bank, so it is skipped", StringComparison.Ordinal));
        var answered = (await Query("SELECT question_id FROM answers")).Select(r => r[0]).ToList();
        Assert.Equal([questions[0]], answered);
    }

    private async Task Send(HttpClient client, string user, string text, List<string> failures)
    {
        var response = await client.PostAsync(Activities.Message(Connector.ServiceUrl, text, user));
        if (!response.IsSuccessStatusCode)
        {
            lock (failures)
            {
                failures.Add($"{user} '{text}': {(int)response.StatusCode}");
            }
        }
    }

    // The question of the newest question card sent to the user's conversation.
    private async Task<string?> ShownQuestion(string user)
    {
        await Eventually.HoldsAsync(() => Task.FromResult(Connector.Activities.Count > 0));
        return Connector.Activities
            .Where(a => (string?)a["conversation"]?["id"] == "conv-" + user)
            .Select(CardJson.FirstCard)
            .SelectMany(c => CardJson.ExecuteActions(c))
            .Select(a => (string?)a["data"]?["questionId"])
            .LastOrDefault(q => q is not null);
    }

    private static string CardText(JsonObject activity) => CardJson.FirstCard(activity)?.ToJsonString() ?? (string?)activity["text"] ?? string.Empty;

    private async Task<List<string?[]>> Query(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Factory.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i))]);
        }

        return rows;
    }
}
