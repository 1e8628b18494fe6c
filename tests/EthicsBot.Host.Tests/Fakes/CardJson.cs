namespace EthicsBot.Host.Tests.Fakes;

using System.Text.Json.Nodes;

public static class CardJson
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The content of the first Adaptive Card attachment of an activity, or null.</summary>
    public static JsonObject? FirstCard(JsonObject activity) =>
        (activity["attachments"] as JsonArray)?
            .OfType<JsonObject>()
            .FirstOrDefault(a => (string?)a["contentType"] == AdaptiveCardType)?["content"] as JsonObject;

    /// <summary>Every Action.Execute in a card, wherever it sits (body, action sets, fallbacks).</summary>
    public static IEnumerable<JsonObject> ExecuteActions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if ((string?)obj["type"] == "Action.Execute")
                {
                    yield return obj;
                }

                foreach (var child in obj.Select(p => p.Value).SelectMany(ExecuteActions))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(ExecuteActions))
                {
                    yield return child;
                }

                break;
        }
    }
}
