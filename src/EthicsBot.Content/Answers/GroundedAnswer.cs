namespace EthicsBot.Content.Answers;

using EthicsBot.Domain;
using EthicsBot.Domain.Content;

public enum AnswerKind
{
    /// <summary>The bank has rules for the question.</summary>
    Answered,
    /// <summary>Nothing relevant enough: say so and offer the topics.</summary>
    NotFound,
    /// <summary>The question rests on a document the registry does not hold: no answer built on it.</summary>
    UnknownDocument,
}

/// <summary>A registry document shown under an answer, with the articles the matching rules cite (empty when none).</summary>
public sealed record CitedReference(LegalDocument Document, IReadOnlyList<string> Articles);

/// <summary>What the bank can say to a free question, all taken from content and the registry as of <see cref="Today"/>.</summary>
public sealed record GroundedAnswer
{
    public required AnswerKind Kind { get; init; }
    public required Locale Locale { get; init; }
    public required DateOnly Today { get; init; }
    /// <summary>The matching questions, best first (at most three); empty unless answered.</summary>
    public IReadOnlyList<RuleHit> Rules { get; init; } = [];
    /// <summary>Two or three sentences of the bank's own explanations, in <see cref="Locale"/>.</summary>
    public IReadOnlyList<string> Sentences { get; init; } = [];
    /// <summary>References of the matching rules to documents in force on <see cref="Today"/>, most cited first.</summary>
    public IReadOnlyList<CitedReference> References { get; init; } = [];
    /// <summary>Documents the question named; the card warns about those not in force or not in the registry.</summary>
    public IReadOnlyList<DocumentMention> Mentions { get; init; } = [];
    /// <summary>Coverage of the best match, for logs and evaluation.</summary>
    public double Confidence { get; init; }
}
