namespace EthicsBot.Domain.Quizzes;

using EthicsBot.Domain.Content;

/// <summary>The outcome of one answer. Grading is deterministic from content; nothing else grades.</summary>
public sealed record GradeResult(string OptionId, OptionGrade Grade)
{
    /// <summary>Best and acceptable answers count as correct for streaks and accuracy.</summary>
    public bool IsCorrect => Grade != OptionGrade.Wrong;

    /// <summary>Points for the session score: best 1, acceptable 0.5, wrong 0.</summary>
    public double Points => Grade switch
    {
        OptionGrade.Best => 1.0,
        OptionGrade.Acceptable => 0.5,
        _ => 0.0,
    };
}
