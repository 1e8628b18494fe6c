namespace EthicsBot.Dialogs.Progress;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Progress;
using Newtonsoft.Json.Linq;

public static class ProgressCard
{
    public static JObject Build(ProgressReport report, IReadOnlyList<Topic> topics, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(strings);
        (string, string)[] totals =
        [
            (strings.AnsweredLabel, report.TotalAnswered.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (strings.AccuracyLabel, strings.TopicResult(report.TotalCorrect, report.TotalAnswered, report.Percent)),
            (strings.StreakLabel, strings.Workdays(report.CurrentStreak)),
            (strings.LongestStreakLabel, strings.Workdays(report.LongestStreak)),
        ];
        var byTopic = report.Topics.Select(t => (
            topics.FirstOrDefault(x => x.Id == t.TopicId)?.Name.For(strings.Locale) ?? t.TopicId,
            t.Answered == 0 ? strings.NotTriedYet
                : report.Completed.TryGetValue(t.TopicId, out var earned) ? $"{strings.TopicResult(t.Correct, t.Answered, t.Percent)} · {strings.TopicCompleted(earned)}"
                : strings.TopicResult(t.Correct, t.Answered, t.Percent))).ToList();

        var fallback = totals.Concat(byTopic).Select(f => $"{f.Item1}: {f.Item2}").Prepend(strings.ProgressTitle);
        return CardJson.Card(
            string.Join('\n', fallback),
            [
                CardJson.Text(strings.ProgressTitle, TextStyle.Title),
                CardJson.Facts(totals),
                CardJson.Text(strings.StreakNote, TextStyle.Subtle),
                CardJson.Text(strings.ByTopicHeading, TextStyle.Heading),
                CardJson.Facts(byTopic),
                CardJson.Text(strings.CompletionNote, TextStyle.Subtle),
            ],
            [CardJson.Submit(strings.NewQuizButton, new ButtonData { Verb = CardVerbs.Quiz })]);
    }
}
