namespace EthicsBot.Domain.Quizzes;

using EthicsBot.Domain.Content;

/// <summary>What the picker and the scheduler need to know about one past answer.</summary>
public sealed record AnswerHistoryEntry(string QuestionId, string TopicId, bool Correct, DateTimeOffset AnsweredAt)
{
    /// <summary>The grade of the chosen option; null for entries recorded without one.</summary>
    public OptionGrade? Grade { get; init; }

    /// <summary>The recorded grade, or Best/Wrong from <see cref="Correct"/> when none was recorded.</summary>
    public OptionGrade EffectiveGrade => Grade ?? (Correct ? OptionGrade.Best : OptionGrade.Wrong);
}
