namespace EthicsBot.Domain.Content;

/// <summary>
/// One validated, immutable snapshot of the content bank. A reload builds a new catalog and swaps it in
/// whole, so a turn never sees half of an update.
/// </summary>
public sealed record ContentCatalog
{
    /// <summary>Hash of the content files; every recorded answer carries it so history is never rewritten.</summary>
    public required string Version { get; init; }
    public required IReadOnlyList<Topic> Topics { get; init; }
    public required IReadOnlyDictionary<string, LegalDocument> Documents { get; init; }
    public required IReadOnlyList<Question> Questions { get; init; }
    public required IReadOnlyDictionary<string, Question> QuestionsById { get; init; }
    public required Calendar.WorkCalendar Calendar { get; init; }

    public Topic? FindTopic(string id) => Topics.FirstOrDefault(t => t.Id == id);
}
