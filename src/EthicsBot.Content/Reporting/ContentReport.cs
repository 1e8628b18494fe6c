namespace EthicsBot.Content.Reporting;

using EthicsBot.Domain.Content;

/// <summary>How many questions of a topic have a given difficulty and kind.</summary>
public sealed record CoverageCell(string TopicId, int Difficulty, QuestionKind Kind, int Count);

/// <summary>How many questions cite a registry document.</summary>
public sealed record DocumentUsage(string DocumentId, string Number, DocumentStatus Status, int Questions);

/// <summary>
/// Coverage of the bank for admins and the coverage-floor tests: questions per topic × difficulty × kind,
/// citations per document, and the questions whose every article-bearing citation is superseded (must be none:
/// the answer key has to follow current law).
/// </summary>
public sealed record ContentReport
{
    public required string Version { get; init; }
    public required int TotalQuestions { get; init; }
    /// <summary>Every topic × difficulty (1–3) × kind, zero counts included, in topics.yaml order.</summary>
    public required IReadOnlyList<CoverageCell> Coverage { get; init; }
    /// <summary>Every registry document, unused ones included, in registry order.</summary>
    public required IReadOnlyList<DocumentUsage> References { get; init; }
    public required IReadOnlyList<string> SupersededOnlyAnswers { get; init; }

    public int QuestionsIn(string topicId) => Coverage.Where(c => c.TopicId == topicId).Sum(c => c.Count);

    public static ContentReport Build(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var counts = catalog.Questions
            .GroupBy(q => (q.TopicId, q.Difficulty, q.Kind))
            .ToDictionary(g => g.Key, g => g.Count());
        var coverage =
            from topic in catalog.Topics
            from difficulty in new[] { 1, 2, 3 }
            from kind in new[] { QuestionKind.Single, QuestionKind.Dilemma }
            select new CoverageCell(topic.Id, difficulty, kind, counts.GetValueOrDefault((topic.Id, difficulty, kind)));
        var references = catalog.Documents.Values.Select(d => new DocumentUsage(
            d.Id,
            d.Number,
            d.Status,
            catalog.Questions.Count(q => q.References.Any(r => r.DocumentId == d.Id))));
        return new ContentReport
        {
            Version = catalog.Version,
            TotalQuestions = catalog.Questions.Count,
            Coverage = [.. coverage],
            References = [.. references],
            SupersededOnlyAnswers = [.. catalog.Questions.Where(q => RestsOnSupersededLaw(q, catalog)).Select(q => q.Id)],
        };
    }

    /// <summary>True when the question gives articles only from superseded documents.</summary>
    public static bool RestsOnSupersededLaw(Question question, ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(catalog);
        var withArticle = question.References.Where(r => r.Article is not null).ToList();
        return withArticle.Count > 0 && withArticle.All(r =>
            catalog.Documents.TryGetValue(r.DocumentId, out var doc) && doc.Status == DocumentStatus.Superseded);
    }
}
