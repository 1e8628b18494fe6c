namespace EthicsBot.Dialogs.Cards;

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

public static class CardMessage
{
    /// <summary>
    /// A message carrying the card (a tree or a <see cref="PreparedCard"/>), for replies in a turn and for proactive
    /// sends alike.
    /// </summary>
    public static IMessageActivity From(JToken card)
    {
        ArgumentNullException.ThrowIfNull(card);
        // Teams shows the summary in notifications and the chat list, where a card alone reads "Card".
        var summary = card switch
        {
            PreparedCard prepared => prepared.Summary,
            JObject tree => ((string?)tree["fallbackText"])?.Split('\n')[0],
            _ => throw new ArgumentException("A card is a JSON object or a prepared card.", nameof(card)),
        };
        var message = MessageFactory.Attachment(new Attachment { ContentType = CardJson.ContentType, Content = card });
        message.Summary = summary;
        return message;
    }
}
