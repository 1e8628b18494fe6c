namespace EthicsBot.Persistence.Feedback;

/// <summary>Why a learner reports a question.</summary>
public enum ReportReason
{
    OutdatedLaw,
    WrongAnswer,
    Unclear,
    Other,
}

/// <summary>One learner's report of one question, with the content version they were shown.</summary>
public sealed record QuestionReport
{
    public required string UserId { get; init; }

    public required string QuestionId { get; init; }

    public required string ContentVersion { get; init; }

    public required ReportReason Reason { get; init; }

    /// <summary>The learner's own words, optional and short; shown to admins, never logged or audited.</summary>
    public string? Note { get; init; }

    public required DateTimeOffset ReportedAt { get; init; }
}

/// <summary>The open (not cleared) reports of one question, for the admin list.</summary>
public sealed record QuestionReportSummary(
    string QuestionId, int Reports, IReadOnlyDictionary<ReportReason, int> Reasons, IReadOnlyList<string> Notes, DateTimeOffset LastReportedAt);

public interface IQuestionFeedbackStore
{
    /// <summary>Stores the report; false when this user already has an open report of this question (one per user and question).</summary>
    Task<bool> ReportAsync(QuestionReport report, CancellationToken cancellationToken = default);

    /// <summary>Open reports per question, most reported first.</summary>
    Task<IReadOnlyList<QuestionReportSummary>> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>Questions with open reports from at least <paramref name="threshold"/> different users.</summary>
    Task<IReadOnlyList<string>> ReportedByAtLeastAsync(int threshold, CancellationToken cancellationToken = default);

    /// <summary>Marks the question's open reports as dealt with; returns how many there were.</summary>
    Task<int> ClearAsync(string questionId, DateTimeOffset at, CancellationToken cancellationToken = default);
}
