namespace EthicsBot.Host.Tests.Fakes;

using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>Builds the JSON Teams sends, pointing replies at the fake connector.</summary>
public static class Activities
{
    public static JsonObject Message(Uri serviceUrl, string text, string userId = "user-1", string locale = "en-US") =>
        Base("message", serviceUrl, userId, locale, text: text);

    public static JsonObject CardAction(Uri serviceUrl, JsonNode data, string userId = "user-1", string locale = "en-US", string verb = "answer")
    {
        var activity = Base("invoke", serviceUrl, userId, locale);
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, JsonObject activity) =>
        client.PostAsJsonAsync("/api/messages", activity);

    private static JsonObject Base(string type, Uri serviceUrl, string userId, string locale, string? text = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-27T08:00:00Z",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Nguyễn Văn An", ["aadObjectId"] = "aad-" + userId },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "EthicsBot" },
            ["conversation"] = new JsonObject { ["id"] = "conv-" + userId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["locale"] = locale,
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }
}
