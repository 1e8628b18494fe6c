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

        // Single passes with sized collections: this runs at every quiz start over the whole bank and the user's history.
        var candidates = new List<Question>(pool.Count);
        var ids = new HashSet<string>(pool.Count, StringComparer.Ordinal);
        foreach (var question in pool)
        {
            if ((topicId is null || string.Equals(question.TopicId, topicId, StringComparison.Ordinal)) && ids.Add(question.Id))
            {
                candidates.Add(question);
            }
        }

        // Each question's latest entry; of entries in the same instant, the first listed (as MaxBy chose).
        var latest = new Dictionary<string, AnswerHistoryEntry>(history.Count, StringComparer.Ordinal);
        foreach (var entry in history)
        {
            if (!latest.TryGetValue(entry.QuestionId, out var seen) || entry.AnsweredAt > seen.AnsweredAt)
            {
                latest[entry.QuestionId] = entry;
            }
        }

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
