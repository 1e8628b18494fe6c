namespace EthicsBot.MultiInstance.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>A user's turns landing on different instances of one deployment.</summary>
public sealed class TurnTests
{
    [SkippableFact]
    public async Task Install_TwoUpdatesReachTwoInstancesAtOnce_OneWelcomePerInstall()
    {
        await using var deployment = await Deployment.CreateAsync();
        await deployment.StartAsync(2);
        using var first = new HttpClient { BaseAddress = deployment.Hosts[0].Url };
        using var second = new HttpClient { BaseAddress = deployment.Hosts[1].Url };
        var users = Enumerable.Range(0, 12).Select(i => $"29:install-{i:D2}").ToArray();

        // Teams sends an installation update and a conversation update for each install at the same moment.
        var posts = users.SelectMany(user => new[]
        {
            first.PostAsJsonAsync("/api/messages", Install(deployment, user)),
            second.PostAsJsonAsync("/api/messages", MembersAdded(deployment, user)),
        }).ToArray();
        var responses = await Task.WhenAll(posts);
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        await Task.Delay(TimeSpan.FromSeconds(1));

        var cards = deployment.Connector.PerConversation();
        Assert.All(users, user => Assert.Equal(1, cards.GetValueOrDefault(Deployment.ConversationOf(user))));
    }

    [SkippableFact]
    public async Task Answer_RedeliveredToAnotherInstance_IsStoredOnce()
    {
        await using var deployment = await Deployment.CreateAsync();
        await deployment.StartAsync(2);
        using var first = new HttpClient { BaseAddress = deployment.Hosts[0].Url };
        using var second = new HttpClient { BaseAddress = deployment.Hosts[1].Url };
        const string user = "29:answer-1";
        (await first.PostAsJsonAsync("/api/messages", Message(deployment, user, "quiz"))).EnsureSuccessStatusCode();
        var question = deployment.Connector.Received.Select(r => FindAnswerData(JsonNode.Parse(r.Json))).First(d => d is not null)!;

        // Teams retries an invoke it got no answer to in time, and the retry may reach any instance: same activity id.
        var answer = CardAction(deployment, user, question);
        var both = await Task.WhenAll(first.PostAsJsonAsync("/api/messages", answer), second.PostAsJsonAsync("/api/messages", answer));

        Assert.All(both, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await deployment.ScalarAsync($"SELECT COUNT(*) FROM answers WHERE user_id = '{user}'"));
        Assert.Equal(1, await deployment.ScalarAsync($"SELECT COUNT(*) FROM sessions WHERE user_id = '{user}'"));
    }

    private static JsonObject Install(Deployment deployment, string user)
    {
        var activity = Base(deployment, "installationUpdate", user);
        activity["action"] = "add";
        return activity;
    }

    private static JsonObject MembersAdded(Deployment deployment, string user)
    {
        var activity = Base(deployment, "conversationUpdate", user);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" });
        return activity;
    }

    private static JsonObject Message(Deployment deployment, string user, string text)
    {
        var activity = Base(deployment, "message", user);
        activity["text"] = text;
        return activity;
    }

    private static JsonObject CardAction(Deployment deployment, string user, JsonObject data)
    {
        var activity = Base(deployment, "invoke", user);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)data["verb"] ?? "answer", ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private static JsonObject Base(Deployment deployment, string type, string user) => new()
    {
        ["type"] = type,
        ["id"] = "act-" + user + "-" + type,
        ["timestamp"] = "2026-11-27T08:00:00Z",
        ["serviceUrl"] = deployment.Connector.ServiceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = user, ["name"] = "Nguyễn Văn An", ["aadObjectId"] = "aad-" + user },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "EthicsBot" },
        ["conversation"] = new JsonObject { ["id"] = Deployment.ConversationOf(user), ["conversationType"] = "personal", ["tenantId"] = Deployment.Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Deployment.Tenant } },
        ["locale"] = "vi-VN",
    };

    /// <summary>The data of an answer button somewhere in a posted card: an object naming a session, a question and an option.</summary>
    private static JsonObject? FindAnswerData(JsonNode? node) => node switch
    {
        JsonObject o when o.ContainsKey("sessionId") && o.ContainsKey("questionId") && o.ContainsKey("optionId") => o,
        JsonObject o => o.Select(p => FindAnswerData(p.Value)).FirstOrDefault(d => d is not null),
        JsonArray a => a.Select(FindAnswerData).FirstOrDefault(d => d is not null),
        _ => null,
    };
}
