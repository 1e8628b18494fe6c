namespace EthicsBot.Domain.Daily;

using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;

/// <summary>Chooses the questions of the workday push.</summary>
public static class DailyPicker
{
    /// <summary>
    /// Picks with the user's local dates read in <paramref name="timeZone"/>: reviews due today or earlier
    /// (most overdue first), then unseen questions balanced over topics and difficulty, then, only if still
    /// short, the reviews closest to being forgotten. Never a question already answered on the local date of
    /// <paramref name="now"/>, never a duplicate.
    /// </summary>
    public static IReadOnlyList<Question> PickDaily(
        IReadOnlyList<Question> pool,
        IReadOnlyList<AnswerHistoryEntry> history,
        DateTimeOffset now,
        TimeZoneInfo timeZone,
        int count,
        Random random)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        return Pick(pool, history, now, instant => TimeZones.LocalDate(instant, timeZone), count, random);
    }

    /// <summary>
    /// Same as the time-zone overload, with local dates read at the offset of <paramref name="now"/>; pass the
    /// user's local time (exact for Vietnam, which has no daylight saving).
    /// </summary>
    public static IReadOnlyList<Question> PickDaily(
        IReadOnlyList<Question> pool,
        IReadOnlyList<AnswerHistoryEntry> history,
        DateTimeOffset now,
        int count,
        Random random) =>
        Pick(pool, history, now, instant => DateOnly.FromDateTime(instant.ToOffset(now.Offset).DateTime), count, random);

    private static List<Question> Pick(
        IReadOnlyList<Question> pool,
        IReadOnlyList<AnswerHistoryEntry> history,
        DateTimeOffset now,
        Func<DateTimeOffset, DateOnly> localDate,
        int count,
        Random random)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(random);
        if (count <= 0)
        {
            return [];
        }

        var today = localDate(now);
        var answeredToday = history
            .Where(e => localDate(e.AnsweredAt) == today)
            .Select(e => e.QuestionId)
            .ToHashSet(StringComparer.Ordinal);
        var states = ReviewScheduler.ReplayAll(history);

        // One pass over the bank (this runs for every card of a push): drop today's and repeated ids, split seen/unseen.
        var ids = new HashSet<string>(pool.Count, StringComparer.Ordinal);
        var seen = new List<Question>(states.Count);
        var unseen = new List<Question>(pool.Count);
        foreach (var question in pool)
        {
            if (!answeredToday.Contains(question.Id) && ids.Add(question.Id))
            {
                (states.ContainsKey(question.Id) ? seen : unseen).Add(question);
            }
        }

        // Day granularity: an answer given at 08:30 is due again at the next day's 08:00 delivery.
        var due = seen.Where(q => localDate(states[q.Id].Due) <= today).ToList();

        var picked = new List<Question>(count);
        picked.AddRange(due
            .OrderBy(q => states[q.Id].Due)
            .ThenBy(q => q.Id, StringComparer.Ordinal)
            .Take(count));

        picked.AddRange(NewQuestionBalancer.Take(unseen, history, picked, count - picked.Count, random));

        // A user who has seen the whole bank still gets a daily: the questions they are likeliest to forget.
        picked.AddRange(seen
            .Where(q => localDate(states[q.Id].Due) > today)
            .OrderBy(q => ReviewScheduler.Retrievability(states[q.Id], now))
            .ThenBy(q => q.Id, StringComparer.Ordinal)
            .Take(count - picked.Count));
        return picked;
    }
}
