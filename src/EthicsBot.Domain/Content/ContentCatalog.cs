namespace EthicsBot.Domain.Content;

/// <summary>
/// One validated, immutable snapshot of the content bank. A reload builds a new catalog and swaps it in
/// whole, so a turn never sees half of an update.
/// </summary>
public sealed record ContentCatalog
{
    private readonly IReadOnlyList<Question>? allQuestions;

    /// <summary>Hash of the content files; every recorded answer carries it so history is never rewritten.</summary>
    public required string Version { get; init; }
    public required IReadOnlyList<Topic> Topics { get; init; }
    public required IReadOnlyDictionary<string, LegalDocument> Documents { get; init; }
    /// <summary>The questions that may be asked: those whose answer rests on law in force on <see cref="AsOf"/>.</summary>
    public required IReadOnlyList<Question> Questions { get; init; }
    /// <summary>Every question of the bank in file order, withdrawn ones included; defaults to <see cref="Questions"/>.</summary>
    public IReadOnlyList<Question> AllQuestions
    {
        get => allQuestions ?? Questions;
        init => allQuestions = value;
    }

    /// <summary>Every question of the bank, withdrawn ones included, so sessions and history can still show them.</summary>
    public required IReadOnlyDictionary<string, Question> QuestionsById { get; init; }
    /// <summary>Questions held back because a document they rest on is not in force on <see cref="AsOf"/>.</summary>
    public IReadOnlyList<WithdrawnQuestion> Withdrawn { get; init; } = [];
    /// <summary>
    /// Questions held back from new sessions because enough learners reported them, until an admin clears the reports.
    /// Like withdrawn ones they stay in <see cref="QuestionsById"/>, so running sessions and history still show them.
    /// </summary>
    public IReadOnlyList<string> Quarantined { get; init; } = [];

    /// <summary>The day the law was checked for; null for a catalog not yet checked against a date.</summary>
    public DateOnly? AsOf { get; init; }
    public required Calendar.WorkCalendar Calendar { get; init; }
    /// <summary>The shipped provinces and the deployment's units from units.yaml (none when the file is absent).</summary>
    public Units.UnitDirectory Units { get; init; } = Domain.Units.UnitDirectory.ProvincesOnly;

    public Topic? FindTopic(string id) => Topics.FirstOrDefault(t => t.Id == id);
}
