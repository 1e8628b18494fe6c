namespace EthicsBot.Domain.Quizzes;

using EthicsBot.Domain.Content;

/// <summary>
/// Orders unseen questions round-robin over topics (topics the user has answered least go first) and, inside a
/// topic, prefers the difficulty the session has had least of, so a short session still mixes easy and hard.
/// </summary>
internal static class NewQuestionBalancer
{
    public static List<Question> Take(
        IEnumerable<Question> unseen,
        IReadOnlyList<AnswerHistoryEntry> history,
        IReadOnlyCollection<Question> alreadyPicked,
        int count,
        Random random)
    {
        var result = new List<Question>();
        if (count <= 0)
        {
            return result;
        }

        // Sorting before shuffling makes the outcome depend on the seed only, not on the pool's order.
        var shuffled = unseen.OrderBy(q => q.Id, StringComparer.Ordinal).ToArray();
        random.Shuffle(shuffled);

        var answeredPerTopic = history
            .GroupBy(e => e.TopicId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var topicIds = shuffled.Select(q => q.TopicId).Distinct(StringComparer.Ordinal)
            .OrderBy(id => id, StringComparer.Ordinal).ToArray();
        random.Shuffle(topicIds);
        var queues = topicIds
            .OrderBy(id => answeredPerTopic.GetValueOrDefault(id)) // stable: ties keep the shuffled order
            .Select(id => shuffled.Where(q => q.TopicId == id).ToList())
            .ToList();

        var perDifficulty = alreadyPicked.GroupBy(q => q.Difficulty).ToDictionary(g => g.Key, g => g.Count());
        while (result.Count < count && queues.Any(q => q.Count > 0))
        {
            foreach (var queue in queues.Where(q => q.Count > 0))
            {
                var next = queue.MinBy(q => perDifficulty.GetValueOrDefault(q.Difficulty))!;
                queue.Remove(next);
                result.Add(next);
                perDifficulty[next.Difficulty] = perDifficulty.GetValueOrDefault(next.Difficulty) + 1;
                if (result.Count == count)
                {
                    break;
                }
            }
        }

        return result;
    }
}
