namespace EthicsBot.Dialogs.Explainer;

using System.Text;
using EthicsBot.Content.Answers;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

/// <summary>The context a model gets, built from content only: rules as the bank states them and registry entries.</summary>
public static class ExplainerPrompts
{
    public static IReadOnlyList<ExplainerPassage> Passages(GroundedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return [.. answer.Rules.Select(hit =>
        {
            var text = hit.Question.For(answer.Locale);
            var best = text.Options.First(o => o.Id == Domain.Quizzes.Grader.BestOptionId(hit.Question));
            return new ExplainerPassage(hit.Question.Id, $"{text.Stem}\n→ {best.Text}\n{best.Feedback}\n{text.Explanation}");
        })];
    }

    public static ExplainerPassage Why(Question question, string chosenOptionId, Locale locale)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.For(locale);
        var builder = new StringBuilder().AppendLine(text.Stem);
        foreach (var option in text.Options)
        {
            var grade = question.Grades.TryGetValue(option.Id, out var g) ? g : OptionGrade.Wrong;
            var chosen = option.Id == chosenOptionId ? " (CHOSEN)" : string.Empty;
            builder.AppendLine($"{option.Id}) [{grade}]{chosen} {option.Text} — {option.Feedback}");
        }

        return new ExplainerPassage(question.Id, builder.AppendLine(text.Explanation).ToString());
    }

    public static IReadOnlyList<ExplainerSource> Sources(IReadOnlyList<CitedReference> references)
    {
        ArgumentNullException.ThrowIfNull(references);
        return [.. references.Select(r => new ExplainerSource(r.Document.Id, r.Document.Number, r.Document.Title.Vi, r.Articles))];
    }
}
