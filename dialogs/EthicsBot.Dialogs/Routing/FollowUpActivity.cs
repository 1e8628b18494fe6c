namespace EthicsBot.Dialogs.Routing;

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

/// <summary>
/// A <see cref="FollowUpMessage"/> as a Teams message: markdown text, and for model output the schema.org Message
/// entity that makes Teams show its "AI generated" label and the numbered citations ([1], [2]) with their sources.
/// </summary>
public static class FollowUpActivity
{
    public static IMessageActivity From(FollowUpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var activity = MessageFactory.Text(message.Text);
        activity.TextFormat = TextFormatTypes.Markdown;
        if (!message.AiGenerated)
        {
            return activity;
        }

        var entity = new JObject
        {
            ["type"] = "https://schema.org/Message",
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["additionalType"] = new JArray("AIGeneratedContent"),
        };
        if (message.Citations.Count > 0)
        {
            entity["citation"] = new JArray(message.Citations.Select(c => new JObject
            {
                ["@type"] = "Claim",
                ["position"] = c.Position,
                ["appearance"] = new JObject { ["@type"] = "DigitalDocument", ["name"] = c.Name, ["abstract"] = c.Abstract },
            }));
        }

        activity.Entities = [entity.ToObject<Entity>()!];
        return activity;
    }
}
