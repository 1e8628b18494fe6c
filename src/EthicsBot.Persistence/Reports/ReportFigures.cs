namespace EthicsBot.Persistence.Reports;

/// <summary>Local dates [From, To] of a report; answers are dated in local time, <see cref="UtcOffset"/> ahead of UTC.</summary>
public sealed record ReportRange(DateOnly From, DateOnly To, TimeSpan UtcOffset);

/// <param name="People">Distinct people whose answers or membership can be in any figure of the group.</param>
public sealed record TopicFigures(string TopicId, int Answers, int Correct, int People);

public sealed record QuestionFigures(string QuestionId, string TopicId, int Answers, int Wrong, int People);

/// <param name="WeekStart">The Monday of the week.</param>
public sealed record WeekFigures(DateOnly WeekStart, int Active, int Answers, int Correct);

/// <summary>
/// Sums over a group of units for a range, as SQL computed them. <see cref="ActiveDays"/> holds, per anonymous person
/// of the enrolled members, the local days they answered on (up to the end of the range), only so streaks can be
/// bucketed; people are numbered within this result and never named.
/// </summary>
public sealed record GroupFigures
{
    public required int People { get; init; }
    public required int Enrolled { get; init; }
    public required int Active { get; init; }
    public required int Answers { get; init; }
    public required int Correct { get; init; }
    public required IReadOnlyList<TopicFigures> Topics { get; init; }
    public required IReadOnlyList<QuestionFigures> MostMissed { get; init; }
    public required int DailySent { get; init; }
    public required int DailyAnswered { get; init; }
    public required IReadOnlyList<WeekFigures> Weeks { get; init; }
    public required IReadOnlyList<IReadOnlyList<DateOnly>> ActiveDays { get; init; }
}

/// <summary>The headline figures of one group among several read together.</summary>
public sealed record GroupTotals(int Enrolled, int Active, int Answers, int Correct);
