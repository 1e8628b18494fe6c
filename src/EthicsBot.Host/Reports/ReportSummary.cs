namespace EthicsBot.Host.Reports;

/// <summary>A topic's figures; accuracy is null when fewer people than the floor answered it.</summary>
public sealed record TopicRow(string TopicId, string Name, int Answers, double? Accuracy);

public sealed record MissedQuestionRow(string QuestionId, string TopicId, int Answers, int Wrong);

/// <summary>A week (Monday first); accuracy is null when fewer people than the floor were active that week.</summary>
public sealed record WeekRow(DateOnly WeekStart, int Active, int Answers, double? Accuracy);

/// <param name="Rate">Share of the daily cards sent in the range that were answered, in percent; null when none was sent.</param>
public sealed record DailyCardFigures(int Sent, int Answered, double? Rate);

/// <summary>Enrolled people by current streak (workdays in a row with an answer, at the end of the range).</summary>
public sealed record StreakBuckets(int None, int OneToTwo, int ThreeToFour, int FiveToNine, int TenOrMore);

/// <summary>The figures of one shown group of people.</summary>
public sealed record UnitFigures
{
    public required int Enrolled { get; init; }
    public required int Active { get; init; }
    /// <summary>Active of enrolled, percent; null with nobody enrolled.</summary>
    public required double? ParticipationRate { get; init; }
    public required int Answers { get; init; }
    public required double? Accuracy { get; init; }
}

/// <summary>One child of the reported unit: its figures, or hidden under the privacy floor.</summary>
public sealed record ChildRow(string Id, string Name, bool Hidden, UnitFigures? Figures);

/// <summary>The answer of GET /api/admin/reports/summary. Every figure is an aggregate of at least the floor of people.</summary>
public sealed record ReportSummary
{
    public required string? Unit { get; init; }
    public required string Name { get; init; }
    public required string Path { get; init; }
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public required int MinGroupSize { get; init; }
    /// <summary>True when the unit itself is under the floor (or hidden to protect a sibling): no figures then.</summary>
    public required bool Hidden { get; init; }
    public int? Enrolled { get; init; }
    public int? Active { get; init; }
    public double? ParticipationRate { get; init; }
    public int? Answers { get; init; }
    public double? Accuracy { get; init; }
    public IReadOnlyList<TopicRow> Topics { get; init; } = [];
    public IReadOnlyList<TopicRow> WeakestTopics { get; init; } = [];
    public IReadOnlyList<MissedQuestionRow> MostMissed { get; init; } = [];
    public DailyCardFigures? DailyCards { get; init; }
    public StreakBuckets? Streaks { get; init; }
    public IReadOnlyList<WeekRow> Weeks { get; init; } = [];
    public IReadOnlyList<ChildRow> Children { get; init; } = [];
    /// <summary>The hidden children and the unit's own direct members together, when that group reaches the floor.</summary>
    public UnitFigures? Other { get; init; }
}
