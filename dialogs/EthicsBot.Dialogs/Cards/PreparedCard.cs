namespace EthicsBot.Dialogs.Cards;

using Newtonsoft.Json.Linq;

/// <summary>
/// A card already written as JSON. Newtonsoft copies raw JSON as it is, so neither the invoke response nor the Bot
/// Connector client walks a token tree for it (the connector's attachment converter walks a tree, copies it into a new
/// one and only then writes it). Keeps the summary Teams shows in notifications, which a tree card carries in its
/// fallbackText.
/// </summary>
public sealed class PreparedCard(string json, string? summary) : JRaw(json)
{
    public string Json { get; } = json;

    public string? Summary { get; } = summary;
}
