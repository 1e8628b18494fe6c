namespace EthicsBot.Dialogs.Settings;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Domain;
using Newtonsoft.Json.Linq;

/// <summary>Asks which language, in both languages, since the user may not read the current one.</summary>
public static class LanguageCard
{
    private const string Title = "Chọn ngôn ngữ · Choose a language";

    public static JObject Build() => CardJson.Card(
        $"{Title}\ntiếng việt · english",
        [CardJson.Text(Title, TextStyle.Title)],
        [
            CardJson.Submit("Tiếng Việt", new ButtonData { Verb = CardVerbs.Language, Locale = Locale.Vi.Tag() }),
            CardJson.Submit("English", new ButtonData { Verb = CardVerbs.Language, Locale = Locale.En.Tag() }),
        ]);
}
