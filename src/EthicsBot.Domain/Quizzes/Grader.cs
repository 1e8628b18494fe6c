namespace EthicsBot.Domain.Quizzes;

using EthicsBot.Domain.Content;

public static class Grader
{
    /// <summary>Grades an option id against the content; null when the question has no such option (a forged or stale action).</summary>
    public static GradeResult? Grade(Question question, string optionId)
    {
        ArgumentNullException.ThrowIfNull(question);
        return optionId is not null && question.Grades.TryGetValue(optionId, out var grade)
            ? new GradeResult(optionId, grade)
            : null;
    }

    /// <summary>The option that earns full marks; every valid question has exactly one.</summary>
    public static string BestOptionId(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Grades.Single(g => g.Value == OptionGrade.Best).Key;
    }
}
