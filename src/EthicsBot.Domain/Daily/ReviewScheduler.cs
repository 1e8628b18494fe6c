namespace EthicsBot.Domain.Daily;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;

/// <summary>
/// Spaced repetition with FSRS-4.5 and its published default parameters, requested retention 0.9.
/// Every answer is a review: wrong = Again, acceptable = Hard, best = Good (the bot has no Easy).
/// </summary>
public static class ReviewScheduler
{
    /// <summary>Probability of recall the intervals aim for.</summary>
    public const double RequestedRetention = 0.9;
    /// <summary>Longest interval in days (FSRS's own cap).</summary>
    public const int MaximumIntervalDays = 36500;

    private const double Decay = -0.5;
    private const double Factor = 19.0 / 81.0; // makes R(S, S) = 0.9 with Decay -0.5
    private const double MinStability = 0.1;

    // FSRS-4.5 default weights w[0..16].
    private static readonly double[] W =
    [
        0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474,
        0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755,
    ];

    /// <summary>
    /// The memory state after answering with <paramref name="grade"/>. A wrong answer is due again one day
    /// later (a relearning step: the next daily delivery); right answers are due after the FSRS interval.
    /// </summary>
    public static MemoryState Review(MemoryState? previous, OptionGrade grade, DateTimeOffset reviewedAt)
    {
        var rating = RatingOf(grade);
        double stability;
        double difficulty;
        if (previous is null)
        {
            stability = W[rating - 1];
            difficulty = InitialDifficulty(rating);
        }
        else
        {
            var r = RetrievabilityAfter(ElapsedDays(previous.LastReview, reviewedAt), previous.Stability);
            stability = rating == 1
                ? StabilityAfterLapse(previous.Difficulty, previous.Stability, r)
                : StabilityAfterRecall(previous.Difficulty, previous.Stability, r, rating);
            difficulty = NextDifficulty(previous.Difficulty, rating);
        }

        stability = Math.Clamp(stability, MinStability, MaximumIntervalDays);
        var days = rating == 1 ? 1 : IntervalDays(stability);
        return new MemoryState
        {
            Stability = stability,
            Difficulty = difficulty,
            LastReview = reviewedAt,
            Due = reviewedAt.AddDays(days),
        };
    }

    /// <summary>Rebuilds one question's state from its answers (any order); null when there are none.</summary>
    public static MemoryState? Replay(IEnumerable<AnswerHistoryEntry> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        MemoryState? state = null;
        string? questionId = null;
        foreach (var entry in history.OrderBy(e => e.AnsweredAt))
        {
            questionId ??= entry.QuestionId;
            if (!string.Equals(questionId, entry.QuestionId, StringComparison.Ordinal))
            {
                throw new ArgumentException("Replay takes the answers of one question; use ReplayAll for a mix.", nameof(history));
            }

            state = Review(state, entry.EffectiveGrade, entry.AnsweredAt);
        }

        return state;
    }

    /// <summary>The state of every question that appears in the history, keyed by question id.</summary>
    public static IReadOnlyDictionary<string, MemoryState> ReplayAll(IEnumerable<AnswerHistoryEntry> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history
            .GroupBy(e => e.QuestionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Replay(g)!, StringComparer.Ordinal);
    }

    /// <summary>Estimated probability of recalling the question at <paramref name="at"/>.</summary>
    public static double Retrievability(MemoryState state, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        return RetrievabilityAfter(ElapsedDays(state.LastReview, at), state.Stability);
    }

    private static int RatingOf(OptionGrade grade) => grade switch
    {
        OptionGrade.Wrong => 1,
        OptionGrade.Acceptable => 2,
        OptionGrade.Best => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown grade."),
    };

    // Reviews earlier than the previous one (clock skew between instances) count as same-moment reviews.
    private static double ElapsedDays(DateTimeOffset from, DateTimeOffset to) => Math.Max(0, (to - from).TotalDays);

    private static double RetrievabilityAfter(double days, double stability) =>
        Math.Pow(1 + (Factor * days / stability), Decay);

    private static int IntervalDays(double stability)
    {
        var interval = stability / Factor * (Math.Pow(RequestedRetention, 1 / Decay) - 1);
        return (int)Math.Clamp(Math.Round(interval, MidpointRounding.AwayFromZero), 1, MaximumIntervalDays);
    }

    private static double InitialDifficulty(int rating) => Math.Clamp(W[4] - ((rating - 3) * W[5]), 1, 10);

    // Mean reversion towards the difficulty of a first "Good" keeps difficulty from drifting to an edge.
    private static double NextDifficulty(double difficulty, int rating) =>
        Math.Clamp((W[7] * InitialDifficulty(3)) + ((1 - W[7]) * (difficulty - (W[6] * (rating - 3)))), 1, 10);

    private static double StabilityAfterRecall(double d, double s, double r, int rating)
    {
        var hardPenalty = rating == 2 ? W[15] : 1;
        return s * (1 + (Math.Exp(W[8]) * (11 - d) * Math.Pow(s, -W[9]) * (Math.Exp(W[10] * (1 - r)) - 1) * hardPenalty));
    }

    // Capped at the old stability (as later FSRS versions do): forgetting never makes a memory stronger.
    private static double StabilityAfterLapse(double d, double s, double r) =>
        Math.Min(s, W[11] * Math.Pow(d, -W[12]) * (Math.Pow(s + 1, W[13]) - 1) * Math.Exp(W[14] * (1 - r)));
}
