namespace EthicsBot.Domain.Quizzes;

using EthicsBot.Domain.Content;

/// <summary>
/// Orders unseen questions round-robin over topics (topics the user has answered least go first) and, inside a
/// topic, takes a random one of the difficulty the session has had least of, so a short session still mixes easy and
/// hard.
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

        // One pass groups the pool by topic. This runs for every card of a daily push, which needs two questions from a
        // bank of hundreds: shuffling and sorting the whole bank per card was a tenth of the push's CPU.
        var byTopic = new Dictionary<string, TopicQueue>(StringComparer.Ordinal);
        foreach (var question in unseen)
        {
            if (!byTopic.TryGetValue(question.TopicId, out var queue))
            {
                byTopic[question.TopicId] = queue = new TopicQueue();
            }

            queue.Questions.Add(question);
        }

        var answeredPerTopic = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in history)
        {
            answeredPerTopic[entry.TopicId] = answeredPerTopic.GetValueOrDefault(entry.TopicId) + 1;
        }
        // Sorting before shuffling makes the outcome depend on the seed only, not on the pool's order.
        var topicIds = byTopic.Keys.Order(StringComparer.Ordinal).ToArray();
        random.Shuffle(topicIds);
        var queues = topicIds
            .OrderBy(id => answeredPerTopic.GetValueOrDefault(id)) // stable: ties keep the shuffled order
            .Select(id => byTopic[id])
            .ToList();

        var perDifficulty = alreadyPicked.GroupBy(q => q.Difficulty).ToDictionary(g => g.Key, g => g.Count());
        while (result.Count < count && queues.Exists(q => q.Questions.Count > 0))
        {
            foreach (var queue in queues.Where(q => q.Questions.Count > 0))
            {
                var next = queue.TakeLeastUsedDifficulty(perDifficulty, random);
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

    private sealed class TopicQueue
    {
        private bool ordered;

        public List<Question> Questions { get; } = [];

        /// <summary>A uniformly random question among those whose difficulty the session has had least of.</summary>
        public Question TakeLeastUsedDifficulty(Dictionary<int, int> perDifficulty, Random random)
        {
            if (!ordered)
            {
                // Id order, for the same reason as the topics; only for topics the round-robin reaches.
                Questions.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
                ordered = true;
            }

            var least = int.MaxValue;
            var ties = 0;
            foreach (var question in Questions)
            {
                var used = perDifficulty.GetValueOrDefault(question.Difficulty);
                if (used < least)
                {
                    least = used;
                    ties = 0;
                }

                ties += used == least ? 1 : 0;
            }

            var chosen = random.Next(ties);
            for (var i = 0; i < Questions.Count; i++)
            {
                if (perDifficulty.GetValueOrDefault(Questions[i].Difficulty) == least && chosen-- == 0)
                {
                    var question = Questions[i];
                    Questions.RemoveAt(i);
                    return question;
                }
            }

            throw new InvalidOperationException("A topic queue with questions had no question to take.");
        }
    }
}
