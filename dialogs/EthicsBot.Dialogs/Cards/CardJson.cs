namespace EthicsBot.Dialogs.Cards;

using Newtonsoft.Json.Linq;

/// <summary>
/// Adaptive Card 1.5 elements as Newtonsoft JSON. Newtonsoft, not System.Text.Json, because the Bot
/// Framework connector serializes attachments with it; the AdaptiveCards package is not available here.
/// </summary>
public static class CardJson
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>1.5 is the highest schema Teams renders, and Action.Execute requires it.</summary>
    public const string Version = "1.5";

    public static JObject Card(string fallbackText, IEnumerable<JObject> body, IEnumerable<JObject>? actions = null)
    {
        var card = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["body"] = new JArray(body),
            // Teams draws cards narrow by default; scenario texts read better at the full width of the chat.
            ["msteams"] = new JObject { ["width"] = "Full" },
        };
        var actionList = actions?.ToList();
        if (actionList is { Count: > 0 })
        {
            card["actions"] = new JArray(actionList);
        }

        return card;
    }

    public static JObject Text(string text, TextStyle style = TextStyle.Normal)
    {
        var block = new JObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        switch (style)
        {
            case TextStyle.Title:
                block["size"] = "Medium";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Heading:
                block["weight"] = "Bolder";
                block["spacing"] = "Medium";
                break;
            case TextStyle.Subtle:
                block["isSubtle"] = true;
                block["size"] = "Small";
                break;
            case TextStyle.Good:
                block["color"] = "Good";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Attention:
                block["color"] = "Attention";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Warning:
                block["color"] = "Warning";
                block["weight"] = "Bolder";
                break;
        }

        return block;
    }

    public static JObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JArray(facts.Select(f => new JObject { ["title"] = f.Title, ["value"] = f.Value })),
    };

    public static JObject Container(IEnumerable<JObject> items, JObject? selectAction = null, string? style = null)
    {
        var container = new JObject { ["type"] = "Container", ["items"] = new JArray(items) };
        if (selectAction is not null)
        {
            container["selectAction"] = selectAction;
        }

        if (style is not null)
        {
            container["style"] = style;
        }

        return container;
    }

    /// <summary>
    /// A Universal Action with an Action.Submit fallback carrying the same data, for clients where
    /// Action.Execute does not work (Teams mobile has open bugs there).
    /// </summary>
    public static JObject Execute(string title, ButtonData action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new JObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = action.Verb,
            ["data"] = action.ToData(),
            ["fallback"] = Submit(title, action),
        };
    }

    public static JObject Submit(string title, ButtonData action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new JObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = action.ToData(),
        };
    }
}
