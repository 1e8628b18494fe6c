namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using Newtonsoft.Json.Linq;

/// <summary>The end-of-session block appended to the last answered card.</summary>
public static class SummarySection
{
    public static IReadOnlyList<JObject> Build(SessionSummary summary, ContentCatalog catalog, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(strings);
        var review = summary.TopicsToReview
            .Select(id => catalog.FindTopic(id)?.Name.For(strings.Locale) ?? id)
            .ToList();
        var items = new[]
        {
            CardJson.Text(strings.SummaryTitle, TextStyle.Title),
            CardJson.Text(strings.SummaryScore(summary.Correct, summary.Answered, summary.Points, summary.MaxPoints, summary.ScorePercent)),
            CardJson.Text(review.Count > 0 ? strings.ReviewTopics(string.Join(", ", review)) : strings.NothingToReview),
        };
        return [CardJson.Container(items, style: "emphasis")];
    }
}
