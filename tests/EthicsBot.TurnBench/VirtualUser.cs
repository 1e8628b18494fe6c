namespace EthicsBot.TurnBench;

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>One closed-loop user: sends a turn, waits for what the bot sends back, sends the next; records each turn's time.</summary>
internal sealed class VirtualUser(HttpClient client, Uri endpoint, FastConnector connector, string userId, Recorder recorder, double thinkSeconds)
{
    private readonly Random random = new(userId.GetHashCode(StringComparison.Ordinal));
    private readonly string conversationId = "conv-" + userId;

    /// <summary>"help" again and again.</summary>
    public async Task MessagesAsync(CancellationToken stop)
    {
        var inbox = connector.Inbox(conversationId);
        while (!stop.IsCancellationRequested)
        {
            await PostAsync(Activity("message", text: "help"), "message");
            await inbox.ReadAsync(CancellationToken.None); // the reply the bot posted to the connector
        }
    }

    /// <summary>quiz → answer on the card → next → answer … and a new quiz when a session ends.</summary>
    public async Task SessionsAsync(CancellationToken stop)
    {
        var inbox = connector.Inbox(conversationId);
        while (!stop.IsCancellationRequested)
        {
            await PostAsync(Activity("message", text: "quiz"), "message");
            var card = await NextCardWithAsync(inbox, "answer");
            while (card is not null && !stop.IsCancellationRequested)
            {
                var answered = await PostAsync(Invoke(Actions(card).First(a => (string?)a["verb"] == "answer")), "card-action");
                var next = Actions(answered?["value"]).FirstOrDefault(a => (string?)a["verb"] == "next");
                if (next is null)
                {
                    break;
                }

                await PostAsync(Invoke(next), "card-action");
                card = await NextCardWithAsync(inbox, "answer");
            }
        }
    }

    /// <summary>The echo bot's equivalent: a message, then card actions answered in the invoke response.</summary>
    public async Task EchoSessionsAsync(CancellationToken stop)
    {
        var inbox = connector.Inbox(conversationId);
        while (!stop.IsCancellationRequested)
        {
            await PostAsync(Activity("message", text: "quiz"), "message");
            await inbox.ReadAsync(CancellationToken.None);
            for (var i = 0; i < 4 && !stop.IsCancellationRequested; i++)
            {
                await PostAsync(Invoke(new JsonObject { ["verb"] = "answer", ["data"] = new JsonObject() }), "card-action");
                await PostAsync(Invoke(new JsonObject { ["verb"] = "next", ["data"] = new JsonObject() }), "card-action");
            }
        }
    }

    /// <summary>Card actions only: the echo bot's invoke turn, the reference for the bot's CPU per session turn.</summary>
    public async Task InvokesAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await PostAsync(Invoke(new JsonObject { ["verb"] = "answer", ["data"] = new JsonObject() }), "card-action");
        }
    }

    private static async Task<JsonNode?> NextCardWithAsync(System.Threading.Channels.ChannelReader<JsonObject> inbox, string verb)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var activity = await inbox.ReadAsync(timeout.Token);
            var card = activity["attachments"]?[0]?["content"];
            if (Actions(card).Any(a => (string?)a["verb"] == verb))
            {
                return card;
            }
        }
    }

    private static IEnumerable<JsonObject> Actions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] == "Action.Execute")
                {
                    yield return obj;
                }

                foreach (var child in obj.Select(p => p.Value).SelectMany(Actions))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Actions))
                {
                    yield return child;
                }

                break;
        }
    }

    private async Task<JsonNode?> PostAsync(JsonObject activity, string kind)
    {
        if (thinkSeconds > 0)
        {
            // Exponential think time: the user reads the card before the next turn (paced load instead of closed loop).
            await Task.Delay(TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * thinkSeconds));
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsJsonAsync(endpoint, activity);
        var body = response.Content.Headers.ContentLength > 0 ? await response.Content.ReadFromJsonAsync<JsonNode>() : null;
        recorder.Record(kind, Stopwatch.GetElapsedTime(started), response.IsSuccessStatusCode);
        return body;
    }

    private JsonObject Invoke(JsonObject action)
    {
        var activity = Activity("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)action["verb"], ["data"] = action["data"]?.DeepClone() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private JsonObject Activity(string type, string? text = null) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = connector.ServiceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Bench User", ["aadObjectId"] = "aad-" + userId },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "EthicsBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["locale"] = "vi-VN",
        ["text"] = text,
    };
}
