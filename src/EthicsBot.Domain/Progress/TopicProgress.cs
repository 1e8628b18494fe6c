namespace EthicsBot.Domain.Progress;

/// <summary>How a user has done in one topic.</summary>
public sealed record TopicProgress
{
    public required string TopicId { get; init; }
    public required int Answered { get; init; }
    /// <summary>Best or acceptable answers.</summary>
    public required int Correct { get; init; }

    /// <summary>Correct answers as a whole percentage; 0 when nothing was answered.</summary>
    public int Percent => Percentage.Of(Correct, Answered);
}
