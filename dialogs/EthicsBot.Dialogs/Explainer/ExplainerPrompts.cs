namespace EthicsBot.Dialogs.Explainer;

using System.Text;
using EthicsBot.Content.Answers;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

/// <summary>The context a model gets, built from content only: rules as the bank states them and registry entries.</summary>
public static class ExplainerPrompts
{
    /// <summary>The prompt for a free question: the text scrubbed of personal data, the matched rules and their in-force sources.</summary>
    public static ExplainerPrompt ForAnswer(GroundedAnswer answer, string question, IEnumerable<string?> knownNames)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(question);
        return new ExplainerPrompt(ExplainerTask.FreeQuestion, answer.Locale, PersonalDataScrubber.Scrub(question, knownNames), Passages(answer), Sources(answer.References));
    }

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

    /// <summary>
    /// The "why" prompt for one option. It depends only on the question, the option, the language, the content and
    /// which of its laws are in force, and its cache key says exactly that: one model call per combination, whoever asks.
    /// </summary>
    public static ExplainerPrompt ForWhy(Question question, string chosenOptionId, Locale locale, ContentCatalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(catalog);
        var sources = Sources(FreeQuestionAnswerer.References(catalog, [new RuleHit(question, locale, 1, 1)], today));
        return new ExplainerPrompt(ExplainerTask.Why, locale, chosenOptionId, [Why(question, chosenOptionId, locale)], sources)
        {
            CacheKey = $"why:{question.Id}:{chosenOptionId}:{locale}:{catalog.Version}:{string.Join(',', sources.Select(s => s.DocumentId))}",
        };
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
