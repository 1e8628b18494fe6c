namespace EthicsBot.Domain.Quizzes;

using EthicsBot.Domain.Content;

/// <summary>Chooses the questions of an on-demand quiz session.</summary>
public static class QuestionPicker
{
    /// <summary>
    /// Up to <paramref name="count"/> distinct questions: first those whose latest answer was wrong (oldest first),
    /// then unseen ones balanced over topics and difficulty, then, only if still short, those answered right
    /// longest ago. <paramref name="topicId"/> restricts every tier to one topic; null means all topics.
    /// The same pool, history and seed always give the same session.
    /// </summary>
    public static IReadOnlyList<Question> PickSession(
        IReadOnlyList<Question> pool,
        IReadOnlyList<AnswerHistoryEntry> history,
        int count,
        string? topicId,
        Random random)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(random);
        if (count <= 0)
        {
            return [];
        }

        var candidates = pool
            .Where(q => topicId is null || string.Equals(q.TopicId, topicId, StringComparison.Ordinal))
            .DistinctBy(q => q.Id, StringComparer.Ordinal)
            .ToList();
        var latest = history
            .GroupBy(e => e.QuestionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.AnsweredAt)!, StringComparer.Ordinal);

        var picked = new List<Question>(count);
        picked.AddRange(SeenOldestFirst(candidates, latest, correct: false).Take(count));

        var unseen = candidates.Where(q => !latest.ContainsKey(q.Id));
        picked.AddRange(NewQuestionBalancer.Take(unseen, history, picked, count - picked.Count, random));

        picked.AddRange(SeenOldestFirst(candidates, latest, correct: true).Take(count - picked.Count));
        return picked;
    }

    private static IEnumerable<Question> SeenOldestFirst(
        List<Question> candidates, Dictionary<string, AnswerHistoryEntry> latest, bool correct) =>
        candidates
            .Where(q => latest.TryGetValue(q.Id, out var last) && last.Correct == correct)
            .OrderBy(q => latest[q.Id].AnsweredAt)
            .ThenBy(q => q.Id, StringComparer.Ordinal);
}
