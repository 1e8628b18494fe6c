namespace EthicsBot.Dialogs.Tests.Fakes;

using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>Reads what the bot sent: card attachments, invoke responses, the texts and buttons of a card.</summary>
public static class CardReader
{
    public static IReadOnlyList<JObject> Cards(IEnumerable<Activity> replies) =>
        [.. replies.Where(r => r.Type == ActivityTypes.Message).Select(Card)];

    public static JObject Card(Activity message)
    {
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        return Tree(attachment.Content);
    }

    /// <summary>The invoke response of an Action.Execute turn (always the last activity) with its card.</summary>
    public static (InvokeResponse Http, AdaptiveCardInvokeResponse Body, JObject Card) Invoke(IReadOnlyList<Activity> replies)
    {
        var last = replies[^1];
        Assert.Equal(ActivityTypesEx.InvokeResponse, last.Type);
        var http = Assert.IsType<InvokeResponse>(last.Value);
        var body = Assert.IsType<AdaptiveCardInvokeResponse>(http.Body);
        return (http, body, Tree(body.Value));
    }

    /// <summary>A card as the wire carries it: a tree as it is, a prepared card parsed from its JSON.</summary>
    public static JObject Tree(object? card) => card switch
    {
        JRaw raw => JObject.Parse(Assert.IsType<string>(raw.Value)),
        _ => Assert.IsType<JObject>(card),
    };

    public static string Text(JObject card) =>
        string.Join('\n', card.Descendants().OfType<JObject>()
            .Where(o => (string?)o["type"] == "TextBlock")
            .Select(o => (string?)o["text"]));

    public static string Facts(JObject card) =>
        string.Join('\n', card.Descendants().OfType<JObject>()
            .Where(o => (string?)o["type"] == "FactSet")
            .SelectMany(o => o["facts"]!.Select(f => $"{f["title"]}: {f["value"]}")));

    public static IReadOnlyList<JObject> ExecuteActions(JObject card) =>
        [.. card.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "Action.Execute")];

    public static IReadOnlyList<JObject> SubmitActions(JObject card) =>
        [.. card.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "Action.Submit")];

    public static IReadOnlyList<string?> Verbs(JObject card) =>
        [.. card.Descendants().OfType<JObject>().Where(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true)
            .Select(o => (string?)o["verb"] ?? (string?)o["data"]?["verb"])];

    /// <summary>The size Teams limits: the serialized message in UTF-16 bytes.</summary>
    public static int MessageBytes(JObject card)
    {
        var activity = MessageFactory.Attachment(new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card });
        return Encoding.Unicode.GetByteCount(JsonConvert.SerializeObject(activity));
    }
}
