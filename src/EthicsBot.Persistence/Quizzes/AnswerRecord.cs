namespace EthicsBot.Persistence.Quizzes;

using EthicsBot.Domain.Content;

/// <summary>One recorded answer; unique per (session, question) so redelivery and double clicks store it once.</summary>
public sealed record AnswerRecord
{
    public required string SessionId { get; init; }
    public required string UserId { get; init; }
    public required string QuestionId { get; init; }
    public required string TopicId { get; init; }
    public required string OptionId { get; init; }
    public required OptionGrade Grade { get; init; }
    /// <summary>Content version the question was shown from, so content edits never rewrite history.</summary>
    public required string ContentVersion { get; init; }
    public required DateTimeOffset AnsweredAt { get; init; }

    public bool IsCorrect => Grade != OptionGrade.Wrong;
}
