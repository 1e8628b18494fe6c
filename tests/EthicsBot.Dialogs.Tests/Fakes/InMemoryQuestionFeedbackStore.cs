namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Persistence.Feedback;

/// <summary>Reports in memory, one open report per user and question, as the SQLite store keeps them.</summary>
public sealed class InMemoryQuestionFeedbackStore : IQuestionFeedbackStore
{
    private readonly List<QuestionReport> reports = [];

    public IReadOnlyList<QuestionReport> Reports
    {
        get
        {
            lock (reports)
            {
                return [.. reports];
            }
        }
    }

    public Task<bool> ReportAsync(QuestionReport report, CancellationToken cancellationToken = default)
    {
        lock (reports)
        {
            if (reports.Any(r => r.UserId == report.UserId && r.QuestionId == report.QuestionId))
            {
                return Task.FromResult(false);
            }

            reports.Add(report);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<QuestionReportSummary>> OpenAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<QuestionReportSummary>>([.. Reports.GroupBy(r => r.QuestionId).Select(g => new QuestionReportSummary(
            g.Key, g.Count(), g.GroupBy(r => r.Reason).ToDictionary(r => r.Key, r => r.Count()), [.. g.Select(r => r.Note).OfType<string>()],
            g.Max(r => r.ReportedAt)))]);

    public Task<IReadOnlyList<string>> ReportedByAtLeastAsync(int threshold, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([.. Reports.GroupBy(r => r.QuestionId).Where(g => g.Count() >= threshold).Select(g => g.Key).Order()]);

    public Task<int> ClearAsync(string questionId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (reports)
        {
            return Task.FromResult(reports.RemoveAll(r => r.QuestionId == questionId));
        }
    }
}
