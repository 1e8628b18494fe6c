namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Domain.Content;

/// <summary>A question as it sits in a session: which session, which position, under which topic name.</summary>
public sealed record QuestionContext
{
    public required Question Question { get; init; }
    public required string SessionId { get; init; }
    /// <summary>1-based position in the session.</summary>
    public required int Number { get; init; }
    public required int Total { get; init; }
    public Topic? Topic { get; init; }
}
