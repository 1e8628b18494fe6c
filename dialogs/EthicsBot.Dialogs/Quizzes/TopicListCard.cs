namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Content;
using Newtonsoft.Json.Linq;

/// <summary>Every topic with its name and the command that starts it; tapping a row starts that quiz.</summary>
public static class TopicListCard
{
    public static JObject Build(IReadOnlyList<Topic> topics, UiStrings strings, string? title)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(strings);
        var body = new List<JObject>();
        var plain = new List<string>();
        if (title is not null)
        {
            body.Add(CardJson.Text(title, TextStyle.Attention));
            plain.Add(title);
        }

        body.Add(CardJson.Text(strings.TopicListIntro));
        plain.Add(strings.TopicListIntro);
        foreach (var topic in topics)
        {
            var name = topic.Name.For(strings.Locale);
            var command = strings.TopicCommand(topic.Aliases.Count > 0 ? topic.Aliases[0] : topic.Id);
            var select = CardJson.Submit(name, new ButtonData { Verb = CardVerbs.Quiz, TopicId = topic.Id });
            body.Add(CardJson.Container([CardJson.Text($"**{name}**"), CardJson.Text(command, TextStyle.Subtle)], select));
            plain.Add($"{name} — {command}");
        }

        return CardJson.Card(string.Join('\n', plain), body);
    }
}
