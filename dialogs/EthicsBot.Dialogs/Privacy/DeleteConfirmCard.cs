namespace EthicsBot.Dialogs.Privacy;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using Newtonsoft.Json.Linq;

/// <summary>Asks before erasing. Universal Actions replace it with the outcome, so its buttons cannot be pressed twice.</summary>
public static class DeleteConfirmCard
{
    public static JObject Build(UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return CardJson.Card(
            string.Join('\n', strings.DeleteConfirmTitle, strings.DeleteConfirmBody, strings.DeleteConfirmHint),
            [
                CardJson.Text(strings.DeleteConfirmTitle, TextStyle.Attention),
                CardJson.Text(strings.DeleteConfirmBody),
                CardJson.Text(strings.DeleteConfirmHint, TextStyle.Subtle),
            ],
            [
                CardJson.Execute(strings.DeleteYes, new ButtonData { Verb = CardVerbs.ConfirmDelete }),
                CardJson.Execute(strings.DeleteNo, new ButtonData { Verb = CardVerbs.CancelDelete }),
            ]);
    }
}
