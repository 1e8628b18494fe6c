namespace EthicsBot.Content.Reporting;

using EthicsBot.Content.Validation;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

/// <summary>How many questions of a topic have a given difficulty and kind.</summary>
public sealed record CoverageCell(string TopicId, int Difficulty, QuestionKind Kind, int Count);

/// <summary>How many questions cite a registry document, and where the document stands on the report's day.</summary>
public sealed record DocumentUsage(string DocumentId, string Number, DocumentStatus Status, int Questions);

/// <summary>Objectives and item-writing numbers of one topic, in both languages.</summary>
public sealed record TopicQuality(string TopicId, int Objectives, int ObjectivesWithTwo, ItemWritingStats Vi, ItemWritingStats En);

/// <summary>
/// The bank for admins and the coverage tests, as of one day: questions per topic × difficulty × kind, objectives
/// and item-writing numbers per topic, citations per document, the questions withdrawn because their law is not in
/// force, and those a registry change will touch within <see cref="LawCurrency.LookAheadDays"/> days.
/// </summary>
public sealed record ContentReport
{
    public required string Version { get; init; }
    public required DateOnly AsOf { get; init; }
    public required int TotalQuestions { get; init; }
    /// <summary>Every topic × difficulty (1–3) × kind, zero counts included, in topics.yaml order.</summary>
    public required IReadOnlyList<CoverageCell> Coverage { get; init; }
    public required IReadOnlyList<TopicQuality> Quality { get; init; }
    public required ItemWritingStats BankVi { get; init; }
    public required ItemWritingStats BankEn { get; init; }
    /// <summary>Every registry document, unused ones included, in registry order.</summary>
    public required IReadOnlyList<DocumentUsage> References { get; init; }
    public required IReadOnlyList<WithdrawnQuestion> Withdrawn { get; init; }
    public required IReadOnlyList<UpcomingChange> Upcoming { get; init; }

    public int QuestionsIn(string topicId) => Coverage.Where(c => c.TopicId == topicId).Sum(c => c.Count);

    public static ContentReport Build(ContentCatalog catalog, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var all = catalog.AllQuestions;
        var counts = all.GroupBy(q => (q.TopicId, q.Difficulty, q.Kind)).ToDictionary(g => g.Key, g => g.Count());
        var coverage =
            from topic in catalog.Topics
            from difficulty in new[] { 1, 2, 3 }
            from kind in new[] { QuestionKind.Single, QuestionKind.Dilemma }
            select new CoverageCell(topic.Id, difficulty, kind, counts.GetValueOrDefault((topic.Id, difficulty, kind)));
        var quality = catalog.Topics.Select(topic =>
        {
            var questions = all.Where(q => q.TopicId == topic.Id).ToList();
            var objectives = questions.GroupBy(q => q.Objective, StringComparer.Ordinal).ToList();
            return new TopicQuality(topic.Id, objectives.Count, objectives.Count(g => g.Count() > 1),
                ItemWriting.Measure(questions, Locale.Vi), ItemWriting.Measure(questions, Locale.En));
        });
        var references = catalog.Documents.Values.Select(d => new DocumentUsage(
            d.Id, d.Number, d.StatusOn(asOf), all.Count(q => q.References.Any(r => r.DocumentId == d.Id))));
        return new ContentReport
        {
            Version = catalog.Version,
            AsOf = asOf,
            TotalQuestions = all.Count,
            Coverage = [.. coverage],
            Quality = [.. quality],
            BankVi = ItemWriting.Measure(all, Locale.Vi),
            BankEn = ItemWriting.Measure(all, Locale.En),
            References = [.. references],
            Withdrawn = LawCurrency.Apply(catalog, asOf).Withdrawn,
            Upcoming = [.. all.SelectMany(q => LawCurrency.Upcoming(q, catalog.Documents, asOf)).OrderBy(c => c.On).ThenBy(c => c.QuestionId, StringComparer.Ordinal)],
        };
    }
}
