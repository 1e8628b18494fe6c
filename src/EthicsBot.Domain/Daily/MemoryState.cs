namespace EthicsBot.Domain.Daily;

/// <summary>FSRS memory of one question for one user, after the latest review.</summary>
public sealed record MemoryState
{
    /// <summary>Days until recall probability falls to 90%.</summary>
    public required double Stability { get; init; }
    /// <summary>1 (easy to retain) to 10 (hard).</summary>
    public required double Difficulty { get; init; }
    public required DateTimeOffset LastReview { get; init; }
    /// <summary>When the question should be asked again.</summary>
    public required DateTimeOffset Due { get; init; }
}
