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
    /// <param name="daily">The line announcing the daily quiz, when new users get it.</param>
    public static JObject Build(UiStrings strings, string? displayName, int sessionLength, string? daily)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var title = strings.WelcomeTitle(displayName);
        string[] lines = [strings.WelcomeBody, strings.WelcomeHowTo(sessionLength), .. daily is null ? Array.Empty<string>() : [daily]];
        return CardJson.Card(
            string.Join('\n', lines.Prepend(title)),
            [CardJson.Text(title, TextStyle.Title), .. lines.Select(l => CardJson.Text(l))],
            [
                CardJson.Submit(strings.StartButton, new ButtonData { Verb = CardVerbs.Quiz }),
                CardJson.Submit(strings.HelpButton, new ButtonData { Verb = CardVerbs.Help }),
                CardJson.Submit(strings.OtherLanguageButton, new ButtonData { Verb = CardVerbs.Language, Locale = strings.OtherLanguage.Tag() }),
            ]);
    }
}
