namespace EthicsBot.Domain.Quizzes;

using EthicsBot.Domain.Content;

/// <summary>The end-of-session score and what to study next.</summary>
public sealed record SessionSummary
{
    /// <summary>Sum of <see cref="GradeResult.Points"/>: best 1, acceptable 0.5, wrong 0.</summary>
    public required double Points { get; init; }
    /// <summary>One point per answered question.</summary>
    public required double MaxPoints { get; init; }
    public required int Answered { get; init; }
    /// <summary>Best or acceptable answers.</summary>
    public required int Correct { get; init; }
    /// <summary>Topic ids with at least one wrong answer, most wrong answers first (ties in order of first mistake).</summary>
    public required IReadOnlyList<string> TopicsToReview { get; init; }

    /// <summary>Score as a whole percentage of <see cref="MaxPoints"/>; 0 for an empty session.</summary>
    public int ScorePercent => MaxPoints == 0 ? 0 : (int)Math.Round(Points / MaxPoints * 100, MidpointRounding.AwayFromZero);

    /// <summary>Summarises the answers of one session, in the order they were given.</summary>
    public static SessionSummary From(IEnumerable<(Question Question, GradeResult Result)> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var list = answers.ToList();
        var review = list
            .Where(a => !a.Result.IsCorrect)
            .GroupBy(a => a.Question.TopicId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()) // stable: equal counts keep first-mistake order
            .Select(g => g.Key)
            .ToList();
        return new SessionSummary
        {
            Points = list.Sum(a => a.Result.Points),
            MaxPoints = list.Count,
            Answered = list.Count,
            Correct = list.Count(a => a.Result.IsCorrect),
            TopicsToReview = review,
        };
    }
}
