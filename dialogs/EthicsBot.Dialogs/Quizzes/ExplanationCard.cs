namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using Newtonsoft.Json.Linq;

/// <summary>The answer to "why?": the lesson of the last answered question, without the quiz around it.</summary>
public static class ExplanationCard
{
    public static JObject Build(Question question, UiStrings strings, IReadOnlyList<string> references)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(strings);
        ArgumentNullException.ThrowIfNull(references);
        var text = question.For(strings.Locale);
        var best = text.Options.First(o => o.Id == Grader.BestOptionId(question));
        var label = question.Kind == QuestionKind.Dilemma ? strings.BestAnswerLabel : strings.CorrectAnswerLabel;
        var answer = $"{label}: {QuestionCard.Letter(best.Id)}. {best.Text}";

        var body = new List<JObject>
        {
            CardJson.Text(strings.WhyTitle, TextStyle.Title),
            CardJson.Text(text.Stem, TextStyle.Subtle),
            CardJson.Text($"**{label}:** {QuestionCard.Letter(best.Id)}. {best.Text}", TextStyle.Good),
            CardJson.Text(best.Feedback),
            CardJson.Text(strings.ExplanationLabel, TextStyle.Heading),
            CardJson.Text(text.Explanation),
        };
        if (references.Count > 0)
        {
            body.Add(CardJson.Text(strings.ReferencesLabel, TextStyle.Heading));
            body.AddRange(references.Select(r => CardJson.Text($"• {r}")));
        }

        var fallback = new[] { strings.WhyTitle, text.Stem, answer, text.Explanation }.Concat(references.Select(r => $"• {r}"));
        return CardJson.Card(string.Join('\n', fallback), body);
    }
}
