namespace EthicsBot.Domain.Contests;

using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;

/// <summary>
/// A contest season ("mùa thi đua"), as the Youth Union's online contests run them: from <see cref="Start"/> to
/// <see cref="End"/> (local dates, inclusive) the daily questions and the leaderboard keep to <see cref="Topics"/>, and
/// week n of the season (Monday–Sunday weeks, the first being the one <see cref="Start"/> falls in) to
/// <see cref="WeeklyTopics"/>[n] when one is given.
/// </summary>
public sealed record ContestSeason(string Name, DateOnly Start, DateOnly End, IReadOnlyList<string> Topics, IReadOnlyList<string> WeeklyTopics)
{
    public bool IsOn(DateOnly day) => day >= Start && day <= End;

    /// <summary>The week's topic on <paramref name="day"/>, or null outside the season or when that week has none.</summary>
    public string? WeeklyTopic(DateOnly day)
    {
        if (!IsOn(day))
        {
            return null;
        }

        var week = (Weeks.MondayOf(day).DayNumber - Weeks.MondayOf(Start).DayNumber) / 7;
        return week < WeeklyTopics.Count ? WeeklyTopics[week] : null;
    }

    /// <summary>The topics that count on <paramref name="day"/>: the week's topic, else the season's; null outside the season.</summary>
    public IReadOnlyList<string>? FocusTopics(DateOnly day) =>
        !IsOn(day) ? null : WeeklyTopic(day) is { } weekly ? [weekly] : Topics.Count > 0 ? Topics : null;

    /// <summary>
    /// The questions the daily quiz draws from on <paramref name="day"/>. When the focus has no question (a topic
    /// removed from the bank) the whole bank is used, so a setting mistake never stops the daily quiz.
    /// </summary>
    public IReadOnlyList<Question> Focus(IReadOnlyList<Question> questions, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(questions);
        if (FocusTopics(day) is not { } topics)
        {
            return questions;
        }

        var focused = questions.Where(q => topics.Contains(q.TopicId, StringComparer.Ordinal)).ToList();
        return focused.Count > 0 ? focused : questions;
    }
}
