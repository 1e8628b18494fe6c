namespace EthicsBot.Dialogs.Cards;

using Newtonsoft.Json.Linq;

/// <summary>
/// The data a card button carries back to the bot. The same object travels as Action.Execute data (an
/// invoke) and as Action.Submit data (a message with Value), so both paths parse one shape; the "verb"
/// field is what tells a Submit message apart from a typed one.
/// </summary>
public sealed record ButtonData
{
    public required string Verb { get; init; }
    public string? SessionId { get; init; }
    public string? QuestionId { get; init; }
    public string? OptionId { get; init; }
    public string? TopicId { get; init; }
    public string? Locale { get; init; }
    /// <summary>A daily-settings change: "on", "off", "resume" or "pause:&lt;days&gt;".</summary>
    public string? Setting { get; init; }
    /// <summary>A report's reason code and the learner's note: inputs of the report form, merged into the data by Teams.</summary>
    public string? Reason { get; init; }
    public string? Note { get; init; }
    /// <summary>The unit picked on the unit card.</summary>
    public string? UnitId { get; init; }
    /// <summary>The text typed in the unit card's search box (an Input.Text with this id merges it into the data).</summary>
    public string? UnitQuery { get; init; }

    public JObject ToData()
    {
        var data = new JObject { ["verb"] = Verb };
        Add(data, "sessionId", SessionId);
        Add(data, "questionId", QuestionId);
        Add(data, "optionId", OptionId);
        Add(data, "topicId", TopicId);
        Add(data, "locale", Locale);
        Add(data, "setting", Setting);
        Add(data, "reason", Reason);
        Add(data, "note", Note);
        Add(data, "unitId", UnitId);
        Add(data, "unitQuery", UnitQuery);
        return data;
    }

    /// <summary>Reads button data; <paramref name="verb"/> comes from Action.Execute and wins over the data's own.</summary>
    public static ButtonData? FromData(JToken? data, string? verb = null)
    {
        var obj = data as JObject;
        var name = verb ?? Read(obj, "verb");
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return new ButtonData
        {
            Verb = name,
            SessionId = Read(obj, "sessionId"),
            QuestionId = Read(obj, "questionId"),
            OptionId = Read(obj, "optionId"),
            TopicId = Read(obj, "topicId"),
            Locale = Read(obj, "locale"),
            Setting = Read(obj, "setting"),
            Reason = Read(obj, "reason"),
            Note = Read(obj, "note"),
            UnitId = Read(obj, "unitId"),
            UnitQuery = Read(obj, "unitQuery"),
        };
    }

    private static void Add(JObject data, string name, string? value)
    {
        if (value is not null)
        {
            data[name] = value;
        }
    }

    // Forged data may put objects or numbers where strings belong; anything but a string is ignored.
    private static string? Read(JObject? obj, string name) =>
        obj?[name] is JValue { Type: JTokenType.String } value ? (string?)value : null;
}
