namespace EthicsBot.Persistence.Quizzes;

using EthicsBot.Domain;
using EthicsBot.Domain.Quizzes;

public sealed record QuizSessionRecord
{
    public required string SessionId { get; init; }
    public required string UserId { get; init; }
    public required SessionKind Kind { get; init; }
    public required IReadOnlyList<string> QuestionIds { get; init; }
    public required string ContentVersion { get; init; }
    public required Locale Locale { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>Optional topic filter the session was started with.</summary>
    public string? TopicId { get; init; }
}
