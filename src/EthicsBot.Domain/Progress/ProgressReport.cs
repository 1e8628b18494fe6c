namespace EthicsBot.Domain.Progress;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;

/// <summary>A user's overall and per-topic accuracy plus their workday streaks.</summary>
public sealed record ProgressReport
{
    public required int TotalAnswered { get; init; }
    /// <summary>Best or acceptable answers.</summary>
    public required int TotalCorrect { get; init; }
    /// <summary>One row per catalog topic, in catalog order, including topics not tried yet.</summary>
    public required IReadOnlyList<TopicProgress> Topics { get; init; }
    /// <summary>From <see cref="Daily.StreakCalculator.Current"/>.</summary>
    public required int CurrentStreak { get; init; }
    /// <summary>From <see cref="Daily.StreakCalculator.Longest"/>.</summary>
    public required int LongestStreak { get; init; }
    /// <summary>Topics marked "đạt" (see <see cref="Completion"/>) and the day each was earned.</summary>
    public IReadOnlyDictionary<string, DateOnly> Completed { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>Correct answers as a whole percentage; 0 when nothing was answered.</summary>
    public int Percent => Percentage.Of(TotalCorrect, TotalAnswered);

    /// <summary>
    /// Builds the report from every recorded answer. Answers in topics no longer in the catalog still count
    /// in the totals, because content changes never rewrite history, but get no per-topic row.
    /// </summary>
    public static ProgressReport Build(
        IReadOnlyList<AnswerHistoryEntry> history, IReadOnlyList<Topic> topics, int currentStreak, int longestStreak)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(topics);
        var byTopic = history.ToLookup(e => e.TopicId, StringComparer.Ordinal);
        return new ProgressReport
        {
            TotalAnswered = history.Count,
            TotalCorrect = history.Count(e => e.Correct),
            Topics = [.. topics.Select(t => new TopicProgress
            {
                TopicId = t.Id,
                Answered = byTopic[t.Id].Count(),
                Correct = byTopic[t.Id].Count(e => e.Correct),
            })],
            CurrentStreak = currentStreak,
            LongestStreak = Math.Max(longestStreak, currentStreak),
        };
    }
}
