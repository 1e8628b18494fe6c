namespace EthicsBot.Dialogs.Welcome;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain;
using Newtonsoft.Json.Linq;

/// <summary>
/// The first thing a user sees. Its buttons are plain Action.Submit: they only start something, so there is
/// no card to replace, and Submit works on every Teams client.
/// </summary>
public static class WelcomeCard
{
    public static JObject Build(UiStrings strings, string? displayName, int sessionLength)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var title = strings.WelcomeTitle(displayName);
        var howTo = strings.WelcomeHowTo(sessionLength);
        return CardJson.Card(
            string.Join('\n', title, strings.WelcomeBody, howTo),
            [
                CardJson.Text(title, TextStyle.Title),
                CardJson.Text(strings.WelcomeBody),
                CardJson.Text(howTo),
            ],
            [
                CardJson.Submit(strings.StartButton, new ButtonData { Verb = CardVerbs.Quiz }),
                CardJson.Submit(strings.HelpButton, new ButtonData { Verb = CardVerbs.Help }),
                CardJson.Submit(strings.OtherLanguageButton, new ButtonData { Verb = CardVerbs.Language, Locale = strings.OtherLanguage.Tag() }),
            ]);
    }
}
