namespace EthicsBot.Domain.Content;

public enum QuestionKind
{
    /// <summary>Exactly one correct option.</summary>
    Single,
    /// <summary>A judgment call: each option is best, acceptable or wrong.</summary>
    Dilemma,
}

public enum OptionGrade
{
    Wrong,
    Acceptable,
    Best,
}

public sealed record QuestionOption
{
    public required string Id { get; init; }
    public required string Text { get; init; }
    public required string Feedback { get; init; }
}

/// <summary>The text of a question in one language. Both languages carry the same option ids in the same order.</summary>
public sealed record QuestionText
{
    public required string Stem { get; init; }
    public required IReadOnlyList<QuestionOption> Options { get; init; }
    public required string Explanation { get; init; }
}

public sealed record Question
{
    public required string Id { get; init; }
    public required string TopicId { get; init; }
    /// <summary>Short id of the rule the question tests; at most two questions share one.</summary>
    public required string Objective { get; init; }
    /// <summary>1 (basic) to 3 (hard).</summary>
    public required int Difficulty { get; init; }
    public required QuestionKind Kind { get; init; }
    /// <summary>Grade of every option id; a Single question has exactly one Best and the rest Wrong.</summary>
    public required IReadOnlyDictionary<string, OptionGrade> Grades { get; init; }
    public required QuestionText Vi { get; init; }
    public required QuestionText En { get; init; }
    public required IReadOnlyList<LegalReference> References { get; init; }

    public QuestionText For(Locale locale) => locale == Locale.Vi ? Vi : En;

    public IEnumerable<string> OptionIds => Vi.Options.Select(o => o.Id);
}
