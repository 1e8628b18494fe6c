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
        ArgumentNullException.ThrowIfNull(strings);
        var (score, review) = Texts(summary, catalog, strings);
        return Compose(strings, score, review);
    }

    /// <summary>The score line and the topics to review: what differs from one session to the next.</summary>
    internal static (string Score, string Review) Texts(SessionSummary summary, ContentCatalog catalog, UiStrings strings)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(strings);
        var review = summary.TopicsToReview
            .Select(id => catalog.FindTopic(id)?.Name.For(strings.Locale) ?? id)
            .ToList();
        return (
            strings.SummaryScore(summary.Correct, summary.Answered, summary.Points, summary.MaxPoints, summary.ScorePercent),
            review.Count > 0 ? strings.ReviewTopics(string.Join(", ", review)) : strings.NothingToReview);
    }

    /// <summary>The block with given texts: a template passes placeholders for them.</summary>
    internal static IReadOnlyList<JObject> Compose(UiStrings strings, string score, string review)
    {
        var items = new[]
        {
            CardJson.Text(strings.SummaryTitle, TextStyle.Title),
            CardJson.Text(score),
            CardJson.Text(review),
        };
        return [CardJson.Container(items, style: "emphasis")];
    }
}
