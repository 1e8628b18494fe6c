namespace EthicsBot.Dialogs.Help;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Dialogs.Strings;
using Newtonsoft.Json.Linq;

/// <summary>Every command of the route table, with its Vietnamese and English words side by side; the descriptions follow the user's language.</summary>
public static class HelpCard
{
    public static JObject Build(UiStrings strings, int sessionLength)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var rows = CommandTable.Routes.SelectMany(r => r.Help).Select(h => (h.Words, Description: h.Describe(strings, sessionLength))).ToArray();

        var body = new List<JObject> { CardJson.Text(strings.HelpTitle, TextStyle.Title), CardJson.Text(strings.HelpIntro, TextStyle.Subtle) };
        foreach (var (words, description) in rows)
        {
            body.Add(CardJson.Container([CardJson.Text($"**{words}**"), CardJson.Text(description, TextStyle.Subtle)]));
        }

        var fallback = string.Join('\n', rows.Select(r => $"{r.Words}: {r.Description}").Prepend(strings.HelpTitle));
        return CardJson.Card(fallback, body, [CardJson.Submit(strings.StartButton, new ButtonData { Verb = CardVerbs.Quiz })]);
    }
}
