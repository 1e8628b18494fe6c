namespace EthicsBot.Domain.Progress;

using EthicsBot.Domain.Content;

/// <summary>One answer as completion reads it: its local day, question and whether it was right.</summary>
public readonly record struct DatedAnswer(DateOnly Day, string QuestionId, bool Correct);

/// <summary>
/// "Đạt" for a topic: within the last <see cref="WindowDays"/> days the user answered a question of every objective of
/// the topic correctly, and those answers fall on at least two days (practice spaced out, not crammed into one
/// sitting). The date earned is the first day of the current unbroken run of such windows; when an objective's last
/// right answer leaves the window, the mark goes until it is answered again.
/// </summary>
public static class Completion
{
    public const int WindowDays = 90;

    /// <summary>Per topic id, the day the mark was earned, for the topics earned as of <paramref name="today"/>.</summary>
    public static IReadOnlyDictionary<string, DateOnly> Earned(IEnumerable<DatedAnswer> answers, ContentCatalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(catalog);
        var required = catalog.Questions.GroupBy(q => q.TopicId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(q => q.Objective).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var correct = answers.Where(a => a.Correct && a.Day <= today && catalog.QuestionsById.ContainsKey(a.QuestionId))
            .Select(a => (a.Day, Question: catalog.QuestionsById[a.QuestionId]))
            .Where(a => required.TryGetValue(a.Question.TopicId, out var objectives) && objectives.Contains(a.Question.Objective))
            .GroupBy(a => a.Question.TopicId, StringComparer.Ordinal);

        var earned = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var topic in correct)
        {
            var events = topic.Select(a => (a.Day, a.Question.Objective)).OrderBy(e => e.Day).ToList();
            var objectives = required[topic.Key];
            if (!Satisfied(events, objectives, today))
            {
                continue;
            }

            var day = today;
            var first = events[0].Day;
            while (day > first && Satisfied(events, objectives, day.AddDays(-1)))
            {
                day = day.AddDays(-1);
            }

            earned[topic.Key] = day;
        }

        return earned;
    }

    private static bool Satisfied(List<(DateOnly Day, string Objective)> events, HashSet<string> objectives, DateOnly day)
    {
        var from = day.AddDays(-(WindowDays - 1));
        var inWindow = events.Where(e => e.Day >= from && e.Day <= day).ToList();
        return inWindow.Select(e => e.Day).Distinct().Count() >= 2
            && objectives.All(o => inWindow.Any(e => e.Objective == o));
    }
}
