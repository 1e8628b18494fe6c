namespace EthicsBot.Domain.Quizzes;

/// <summary>What the picker and the scheduler need to know about one past answer.</summary>
public sealed record AnswerHistoryEntry(string QuestionId, string TopicId, bool Correct, DateTimeOffset AnsweredAt);
