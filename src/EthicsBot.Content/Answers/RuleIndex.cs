namespace EthicsBot.Content.Answers;

using EthicsBot.Domain;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;

/// <summary>A question of the bank that matches a free question, with how well it matches.</summary>
/// <param name="Coverage">Share of the query's term weight (IDF) found in the question, 0–1.</param>
public sealed record RuleHit(Question Question, Locale Locale, double Score, double Coverage);

/// <summary>
/// BM25 over the askable questions of one catalog, one entry per question and language. A question's text
/// (stem, explanation, options and their feedback, objective, topic) is where the bank states its rules.
/// </summary>
public sealed class RuleIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly List<Entry> entries;
    private readonly Dictionary<string, double> idf;
    private readonly double averageLength;

    private RuleIndex(List<Entry> entries)
    {
        this.entries = entries;
        averageLength = entries.Count == 0 ? 1 : entries.Average(e => e.Length);
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in entries.SelectMany(e => e.Terms.Keys))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        idf = documentFrequency.ToDictionary(p => p.Key, p => Math.Log(1 + ((entries.Count - p.Value + 0.5) / (p.Value + 0.5))), StringComparer.Ordinal);
    }

    /// <summary>The content version the index was built from, so callers can rebuild after a reload.</summary>
    public required string Version { get; init; }

    public static RuleIndex Build(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var topics = catalog.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var entries = new List<Entry>();
        foreach (var question in catalog.Questions)
        {
            foreach (var locale in new[] { Locale.Vi, Locale.En })
            {
                var text = question.For(locale);
                var best = Grader.BestOptionId(question);
                var terms = SearchTerms.Count(text.Stem);
                SearchTerms.Add(terms, text.Explanation, 1.5);
                foreach (var option in text.Options)
                {
                    SearchTerms.Add(terms, $"{option.Text} {option.Feedback}", option.Id == best ? 1 : 0.5);
                }

                if (locale == Locale.En)
                {
                    SearchTerms.Add(terms, question.Objective.Replace('-', ' '), 2);
                }

                if (topics.TryGetValue(question.TopicId, out var topic))
                {
                    SearchTerms.Add(terms, $"{topic.Name.For(locale)} {string.Join(' ', topic.Aliases)}", 1);
                }

                entries.Add(new Entry(question, locale, terms, terms.Values.Sum()));
            }
        }

        return new RuleIndex(entries) { Version = catalog.Version };
    }

    /// <summary>The best-matching questions, best first, each question once (in its better-matching language).</summary>
    public IReadOnlyList<RuleHit> Search(string query, int take)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = SearchTerms.Count(query).Keys;
        var terms = all.Where(idf.ContainsKey).ToList();
        // Coverage weighs every content syllable, known or not (an unknown word is a topic the bank lacks), but
        // only the syllable pairs the bank uses: a paraphrase should not lose for pairing its words differently.
        var queryMass = all.Where(t => !t.Contains('_', StringComparison.Ordinal)).Sum(t => idf.GetValueOrDefault(t, MaxIdf))
            + terms.Where(t => t.Contains('_', StringComparison.Ordinal)).Sum(t => idf[t]);
        if (terms.Count == 0 || queryMass <= 0)
        {
            return [];
        }

        return [.. entries
            .Select(e => Score(e, terms, queryMass))
            .Where(h => h.Score > 0)
            .GroupBy(h => h.Question.Id)
            .Select(g => g.MaxBy(h => h.Score)!)
            .OrderByDescending(h => h.Score)
            .Take(take)];
    }

    /// <summary>The weight of a term no question uses: as rare as a term can be, so unknown words lower coverage.</summary>
    private double MaxIdf => Math.Log(1 + ((entries.Count + 0.5) / 0.5));

    private RuleHit Score(Entry entry, List<string> terms, double queryMass)
    {
        double score = 0, matched = 0;
        foreach (var term in terms)
        {
            if (entry.Terms.TryGetValue(term, out var tf))
            {
                var weight = idf[term];
                score += weight * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * entry.Length / averageLength))));
                matched += weight;
            }
        }

        return new RuleHit(entry.Question, entry.Locale, score, matched / queryMass);
    }

    private sealed record Entry(Question Question, Locale Locale, Dictionary<string, double> Terms, double Length);
}
