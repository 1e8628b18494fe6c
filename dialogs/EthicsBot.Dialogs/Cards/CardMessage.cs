namespace EthicsBot.Dialogs.Cards;

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

public static class CardMessage
{
    /// <summary>A message carrying the card, for replies in a turn and for proactive sends alike.</summary>
    public static IMessageActivity From(JObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var message = MessageFactory.Attachment(new Attachment { ContentType = CardJson.ContentType, Content = card });
        // Teams shows the summary in notifications and the chat list, where a card alone reads "Card".
        message.Summary = ((string?)card["fallbackText"])?.Split('\n')[0];
        return message;
    }
}
