namespace EthicsBot.Dialogs.Privacy;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Persistence.Users;
using Newtonsoft.Json.Linq;

/// <summary>Everything stored about the user, field by field, with the way to delete it.</summary>
public static class MyDataCard
{
    public static JObject Build(UiStrings strings, UserProfile profile, DateOnly createdOn, int answers, DateOnly? lastAnswer, string daily)
    {
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(profile);
        (string, string)[] facts =
        [
            (strings.TeamsIdLabel, profile.UserId),
            (strings.AadObjectIdLabel, profile.AadObjectId ?? strings.NotSet),
            (strings.TenantLabel, profile.TenantId ?? strings.NotSet),
            (strings.DisplayNameLabel, profile.DisplayName ?? strings.NotSet),
            (strings.UnitLabel, profile.Unit ?? strings.NotSet),
            (strings.LanguageLabel, strings.LanguageValue(profile.Locale, profile.LocaleChosen)),
            (strings.CreatedLabel, strings.Date(createdOn)),
            (strings.AnswersStoredLabel, answers.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (strings.LastAnswerLabel, lastAnswer is { } last ? strings.Date(last) : strings.NotSet),
            (strings.DailyTitle, daily),
        ];
        var fallback = facts.Select(f => $"{f.Item1}: {f.Item2}").Prepend(strings.MyDataTitle).Append(strings.MyDataFooter);
        return CardJson.Card(
            string.Join('\n', fallback),
            [
                CardJson.Text(strings.MyDataTitle, TextStyle.Title),
                CardJson.Facts(facts),
                CardJson.Text(strings.MyDataFooter, TextStyle.Subtle),
            ],
            [CardJson.Submit(strings.DeleteYes, new ButtonData { Verb = CardVerbs.DeleteData })]);
    }
}
