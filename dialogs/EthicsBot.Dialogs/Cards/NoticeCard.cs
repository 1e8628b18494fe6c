namespace EthicsBot.Dialogs.Cards;

using Newtonsoft.Json.Linq;

/// <summary>A short message as a card, so every reply (and every invoke response) has the same shape.</summary>
public static class NoticeCard
{
    public static JObject Build(string text, TextStyle style = TextStyle.Normal, IEnumerable<JObject>? actions = null) =>
        CardJson.Card(text, [CardJson.Text(text, style)], actions);
}
