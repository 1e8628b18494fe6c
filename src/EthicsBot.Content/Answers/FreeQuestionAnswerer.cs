namespace EthicsBot.Content.Answers;

using System.Text.RegularExpressions;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

/// <summary>How sure retrieval must be before the bot answers; below either bar it says it does not know.</summary>
/// <param name="MinCoverage">Share of the question's term weight the best rule must contain.</param>
/// <param name="MinScore">BM25 score the best rule must reach.</param>
public sealed record AnswerThresholds(double MinCoverage, double MinScore)
{
    /// <summary>Chosen on the dev half of the evaluation set (content/eval); see README "Free questions".</summary>
    public static AnswerThresholds Default { get; } = new(0.30, 26.0);
}

/// <summary>
/// The offline answer to a free question, a pure function of the catalog, its index, the text and the day:
/// retrieval, the refusal decision, rule sentences from the bank's explanations, and in-force references.
/// </summary>
public static partial class FreeQuestionAnswerer
{
    public const int MaxRules = 3;
    public const int MaxReferences = 5;

    public static GroundedAnswer Answer(
        ContentCatalog catalog, RuleIndex index, string question, Locale locale, DateOnly today, AnswerThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(question);
        var bar = thresholds ?? AnswerThresholds.Default;
        var mentions = DocumentMentions.Find(catalog, question);
        var hits = index.Search(question, MaxRules);
        var top = hits.Count == 0 ? null : hits[0];
        var refused = new GroundedAnswer { Kind = AnswerKind.NotFound, Locale = locale, Today = today, Mentions = mentions, Confidence = top?.Coverage ?? 0 };
        if (mentions.Any(m => m.Document is null))
        {
            return refused with { Kind = AnswerKind.UnknownDocument };
        }

        if (top is null || top.Coverage < bar.MinCoverage || top.Score < bar.MinScore)
        {
            return refused;
        }

        // Weaker matches join only when close to the best, so a side topic does not add its references.
        var rules = hits.Where(h => h.Score >= top.Score * 0.5).ToList();
        return refused with
        {
            Kind = AnswerKind.Answered,
            Rules = rules,
            Sentences = Sentences(top.Question.For(locale).Explanation, question),
            References = References(catalog, rules, today),
        };
    }

    /// <summary>The in-force documents the rules cite, most cited first, one line per document with its articles.</summary>
    public static IReadOnlyList<CitedReference> References(ContentCatalog catalog, IReadOnlyList<RuleHit> rules, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(rules);
        return [.. rules
            .SelectMany((hit, rank) => hit.Question.References.Select(r => (Reference: r, Weight: 1.0 / (rank + 1))))
            .Where(x => catalog.Documents.TryGetValue(x.Reference.DocumentId, out var d) && d.IsInForceOn(today))
            .GroupBy(x => x.Reference.DocumentId)
            .OrderByDescending(g => g.Sum(x => x.Weight))
            .Select(g => new CitedReference(
                catalog.Documents[g.Key],
                [.. g.Select(x => x.Reference.Article).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .Take(MaxReferences)];
    }

    /// <summary>Up to three sentences of the explanation, those sharing most terms with the question, in their own order.</summary>
    public static IReadOnlyList<string> Sentences(string explanation, string question)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var asked = SearchTerms.Count(question ?? string.Empty);
        var sentences = SentenceBreak().Split(explanation.Trim()).Where(s => s.Length > 0).ToList();
        return [.. sentences
            .Select((text, i) => (text, i, overlap: SearchTerms.Count(text).Keys.Count(asked.ContainsKey)))
            .OrderByDescending(s => s.overlap).ThenBy(s => s.i)
            .Take(3)
            .OrderBy(s => s.i)
            .Select(s => s.text)];
    }

    // A sentence ends at . ! ? followed by a capital; "Điều 5 Luật số 117/2025/QH15" and "Art. 5" rarely meet both.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceBreak();
}
