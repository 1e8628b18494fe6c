namespace EthicsBot.Host.Cli;

using System.Globalization;
using EthicsBot.Persistence.Feedback;
using Microsoft.Data.Sqlite;

/// <summary>
/// The part of <c>content report</c> that comes from the bot's database: learners' open reports, most reported
/// first, with the questions held back from new sessions. Reads Persistence:Provider, Persistence:ConnectionString and
/// Content:FeedbackQuarantineThreshold as the bot does (appsettings.json, environment); skipped when there is no database.
/// </summary>
internal static class LearnerReportsSection
{
    public static void Print(TextWriter output) => Print(output, new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build());

    public static void Print(TextWriter output, IConfiguration configuration)
    {
        var postgres = string.Equals(configuration["Persistence:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);
        var connectionString = configuration["Persistence:ConnectionString"] ?? "Data Source=data/ethicsbot.db";
        var threshold = int.TryParse(configuration["Content:FeedbackQuarantineThreshold"], CultureInfo.InvariantCulture, out var t) ? t : 5;
        IReadOnlyList<QuestionReportSummary> open;
        try
        {
            var store = postgres ? PostgresQuestionFeedbackStores.Open(connectionString) : QuestionFeedbackStores.OpenSqlite(connectionString);
            open = store.OpenAsync().GetAwaiter().GetResult();
        }
        catch (SqliteException ex)
        {
            output.WriteLine();
            output.WriteLine($"Learner reports: the bot's database cannot be read here (SQLite error {ex.SqliteErrorCode}); run the report where the bot runs.");
            return;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or ArgumentException)
        {
            output.WriteLine();
            output.WriteLine($"Learner reports: the bot's PostgreSQL database cannot be read here ({ex.GetType().Name}); run the report where the bot runs.");
            return;
        }

        output.WriteLine();
        output.WriteLine($"Learner reports (open, most reported first; {threshold} or more learners hold a question back from new sessions)");
        if (open.Count == 0)
        {
            output.WriteLine("none");
            return;
        }

        ReportReason[] reasons = [ReportReason.OutdatedLaw, ReportReason.WrongAnswer, ReportReason.Unclear, ReportReason.Other];
        var widths = new[] { Math.Max(8, open.Max(o => o.QuestionId.Length)), 7, 12, 12, 7, 5 };
        output.WriteLine(Row(widths, "question", "reports", "outdated-law", "wrong-answer", "unclear", "other") + "  status");
        foreach (var question in open)
        {
            var cells = reasons.Select(r => question.Reasons.GetValueOrDefault(r).ToString(CultureInfo.InvariantCulture));
            var status = question.Reports >= threshold ? "held back" : string.Empty;
            output.WriteLine((Row(widths, [question.QuestionId, question.Reports.ToString(CultureInfo.InvariantCulture), .. cells]) + "  " + status).TrimEnd());
        }
    }

    private static string Row(int[] widths, params string[] cells) => string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
