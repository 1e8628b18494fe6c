namespace EthicsBot.Content.Loading;

// The content as written, before validation: every value keeps its position so a rule can point at it,
// and anything the author left out is null. Only content that passed every rule is turned into Domain records.

internal sealed record RawText(SourceMark At, RawScalar? Vi, RawScalar? En);

internal sealed record RawTopic(SourceMark At, RawScalar? Id, RawText? Name, RawText? Description, IReadOnlyList<RawScalar> Aliases);

internal sealed record RawDocument
{
    public required SourceMark At { get; init; }
    public RawScalar? Id { get; init; }
    public RawScalar? Number { get; init; }
    public RawText? Title { get; init; }
    public RawScalar? Issued { get; init; }
    public RawScalar? Effective { get; init; }
    public RawScalar? Note { get; init; }
    public RawScalar? ReplacedBy { get; init; }
    /// <summary>"unconfirmed" when no article could be confirmed: questions then cite the document without one.</summary>
    public RawScalar? Articles { get; init; }
    public RawScalar? SupersededOn { get; init; }
}

/// <summary>A holiday (a date or a from/to range) or a make-up working day (a date).</summary>
internal sealed record RawCalendarDay(SourceMark At, RawScalar? Date, RawScalar? From, RawScalar? To, RawText? Name);

internal sealed record RawCalendar(SourceMark At, RawScalar? TimeZone, IReadOnlyList<RawCalendarDay> Holidays, IReadOnlyList<RawCalendarDay> MakeupWorkdays);

internal sealed record RawUnit(SourceMark At, RawScalar? Id, RawScalar? Name, RawScalar? Parent);

internal sealed record RawContent
{
    /// <summary>The entries of units.yaml; empty when the deployment has none.</summary>
    public IReadOnlyList<RawUnit> Units { get; init; } = [];

    /// <summary>Null when topics.yaml could not be read; checks against topic ids are then skipped, not failed once per question.</summary>
    public IReadOnlyList<RawTopic>? Topics { get; init; }
    /// <summary>Null when references.yaml could not be read; likewise for citation checks. Includes references/*.yaml.</summary>
    public IReadOnlyList<RawDocument>? Documents { get; init; }
    public IReadOnlyList<RawQuestion> Questions { get; init; } = [];
    /// <summary>The <c>topic:</c> line of each question file, checked once per file rather than once per question.</summary>
    public IReadOnlyList<RawScalar> QuestionFileTopics { get; init; } = [];
    public RawCalendar? Calendar { get; init; }
}
