namespace EthicsBot.Persistence.Feedback;

using EthicsBot.Persistence.Sqlite;
using Microsoft.Extensions.Options;

internal sealed class SqliteQuestionFeedbackStore(SqliteDatabase database) : IQuestionFeedbackStore
{
    private const int NotesPerQuestion = 5;

    /// <summary>A store over an existing database file, for the CLI's report, which runs without the host.</summary>
    public static IQuestionFeedbackStore Open(string connectionString) =>
        new SqliteQuestionFeedbackStore(new SqliteDatabase(Options.Create(new PersistenceOptions { ConnectionString = connectionString })));

    public async Task<bool> ReportAsync(QuestionReport report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        // A cleared report may be made again; an open one stays as first written.
        await using var command = connection.Command("""
            INSERT INTO question_feedback (user_id, question_id, content_version, reason, note, reported_at)
            VALUES (@user, @question, @version, @reason, @note, @at)
            ON CONFLICT (user_id, question_id) DO UPDATE SET
                content_version = excluded.content_version, reason = excluded.reason, note = excluded.note,
                reported_at = excluded.reported_at, cleared_at = NULL
            WHERE question_feedback.cleared_at IS NOT NULL
            """);
        command.Parameters.AddValue("@user", report.UserId);
        command.Parameters.AddValue("@question", report.QuestionId);
        command.Parameters.AddValue("@version", report.ContentVersion);
        command.Parameters.AddValue("@reason", Text(report.Reason));
        command.Parameters.AddValue("@note", report.Note);
        command.Parameters.AddValue("@at", SqliteValues.Instant(report.ReportedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<QuestionReportSummary>> OpenAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT question_id, reason, note, reported_at FROM question_feedback
            WHERE cleared_at IS NULL ORDER BY question_id, reported_at DESC
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(string Question, ReportReason Reason, string? Note, DateTimeOffset At)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), Parse(reader.GetString(1)), reader.GetNullableString(2), reader.GetInstant(3)));
        }

        return [.. rows.GroupBy(r => r.Question)
            .Select(g => new QuestionReportSummary(
                g.Key,
                g.Count(),
                g.GroupBy(r => r.Reason).ToDictionary(r => r.Key, r => r.Count()),
                [.. g.Select(r => r.Note).OfType<string>().Take(NotesPerQuestion)],
                g.Max(r => r.At)))
            .OrderByDescending(s => s.Reports).ThenByDescending(s => s.LastReportedAt).ThenBy(s => s.QuestionId, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<string>> ReportedByAtLeastAsync(int threshold, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT question_id FROM question_feedback WHERE cleared_at IS NULL
            GROUP BY question_id HAVING COUNT(*) >= @threshold ORDER BY question_id
            """);
        command.Parameters.AddValue("@threshold", threshold);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<int> ClearAsync(string questionId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command(
            "UPDATE question_feedback SET cleared_at = @at WHERE question_id = @question AND cleared_at IS NULL");
        command.Parameters.AddValue("@at", SqliteValues.Instant(at));
        command.Parameters.AddValue("@question", questionId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Text(ReportReason reason) => reason switch
    {
        ReportReason.OutdatedLaw => "outdated-law",
        ReportReason.WrongAnswer => "wrong-answer",
        ReportReason.Unclear => "unclear",
        _ => "other",
    };

    private static ReportReason Parse(string text) => text switch
    {
        "outdated-law" => ReportReason.OutdatedLaw,
        "wrong-answer" => ReportReason.WrongAnswer,
        "unclear" => ReportReason.Unclear,
        _ => ReportReason.Other,
    };
}
