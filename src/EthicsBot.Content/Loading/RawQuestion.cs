namespace EthicsBot.Content.Loading;

internal sealed record RawOption(SourceMark At, RawScalar? Id, RawScalar? Text, RawScalar? Feedback);

/// <summary>One language of a question. <see cref="OptionsAt"/> points at the list (or at the locale when it is missing).</summary>
internal sealed record RawQuestionText(SourceMark At, RawScalar? Stem, IReadOnlyList<RawOption>? Options, SourceMark OptionsAt, RawScalar? Explanation);

internal sealed record RawReference(SourceMark At, RawScalar? Doc, RawScalar? Article, RawScalar? Clause, RawScalar? Point);

internal sealed record RawGrade(RawScalar OptionId, RawScalar? Grade);

internal sealed record RawQuestion
{
    public required SourceMark At { get; init; }
    /// <summary>The topic named at the top of the file the question sits in.</summary>
    public RawScalar? Topic { get; init; }
    public RawScalar? Id { get; init; }
    public RawScalar? Difficulty { get; init; }
    public RawScalar? Kind { get; init; }
    public RawScalar? Objective { get; init; }
    public RawScalar? Answer { get; init; }
    public IReadOnlyList<RawGrade>? Grades { get; init; }
    public SourceMark GradesAt { get; init; }
    public IReadOnlyList<RawReference>? References { get; init; }
    public SourceMark ReferencesAt { get; init; }
    public RawQuestionText? Vi { get; init; }
    public RawQuestionText? En { get; init; }
}
