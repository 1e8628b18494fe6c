namespace EthicsBot.Content.Search;

using EthicsBot.Domain;
using EthicsBot.Domain.Content;

/// <summary>
/// Admin search over the bank: a question matches when every term of the query occurs as whole words in its
/// id, its topic (id, name, aliases) or its stem in the chosen language, compared without case or diacritics.
/// Whole words because Vietnamese syllables are words: "qua" (quà, gift) must not match "quan".
/// </summary>
public static class ScenarioSearch
{
    /// <summary>Matching questions in bank order, an exact id match first; empty for a blank query.</summary>
    public static IReadOnlyList<Question> Find(ContentCatalog catalog, string query, Locale locale)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(query);

        // Each whitespace-separated term is folded on its own, so "sm-001" stays one phrase ("sm 001").
        var terms = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(VietnameseText.Normalize)
            .Where(t => t.Length > 0)
            .Select(t => $" {t} ")
            .ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var topics = catalog.Topics.ToDictionary(
            t => t.Id,
            t => string.Join(' ', [t.Id, t.Name.For(locale), .. t.Aliases]),
            StringComparer.Ordinal);
        var trimmed = query.Trim();
        return [.. catalog.Questions
            .Where(q => Matches(q, topics.GetValueOrDefault(q.TopicId, q.TopicId), locale, terms))
            .OrderBy(q => string.Equals(q.Id, trimmed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)];
    }

    private static bool Matches(Question question, string topic, Locale locale, List<string> terms)
    {
        var haystack = " " + VietnameseText.Normalize($"{question.Id} {topic} {question.For(locale).Stem}") + " ";
        return terms.TrueForAll(term => haystack.Contains(term, StringComparison.Ordinal));
    }
}
