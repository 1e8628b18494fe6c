namespace EthicsBot.Dialogs.Help;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using Newtonsoft.Json.Linq;

/// <summary>Every command, with its Vietnamese and English words side by side; the descriptions follow the user's language.</summary>
public static class HelpCard
{
    public static JObject Build(UiStrings strings, int sessionLength)
    {
        ArgumentNullException.ThrowIfNull(strings);
        (string Words, string Description)[] rows =
        [
            ("bắt đầu · kiểm tra · quiz", strings.HelpQuiz(sessionLength)),
            ("bắt đầu du-lieu · quiz ai", strings.HelpQuizTopic),
            ("1–4 · a–d · đáp án b · answer c", strings.HelpAnswer),
            ("tiếp · next", strings.HelpNext),
            ("tại sao · why", strings.HelpWhy),
            ("tiến độ · progress", strings.HelpProgress),
            ("nhắc hằng ngày · daily", strings.HelpDaily),
            ("dừng · huỷ · stop", strings.HelpStop),
            ("tiếng việt · english · ngôn ngữ vi|en", strings.HelpLanguage),
            ("dữ liệu của tôi · my data", strings.HelpMyData),
            ("xoá dữ liệu của tôi · delete my data", strings.HelpDelete),
        ];

        var body = new List<JObject> { CardJson.Text(strings.HelpTitle, TextStyle.Title), CardJson.Text(strings.HelpIntro, TextStyle.Subtle) };
        foreach (var (words, description) in rows)
        {
            body.Add(CardJson.Container([CardJson.Text($"**{words}**"), CardJson.Text(description, TextStyle.Subtle)]));
        }

        var fallback = string.Join('\n', rows.Select(r => $"{r.Words}: {r.Description}").Prepend(strings.HelpTitle));
        return CardJson.Card(fallback, body, [CardJson.Submit(strings.StartButton, new ButtonData { Verb = CardVerbs.Quiz })]);
    }
}
