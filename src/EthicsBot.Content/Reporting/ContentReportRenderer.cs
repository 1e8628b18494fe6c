namespace EthicsBot.Content.Reporting;

using System.Globalization;
using EthicsBot.Domain.Content;

/// <summary>Renders a <see cref="ContentReport"/> as plain-text tables for a terminal or a log.</summary>
public static class ContentReportRenderer
{
    public static string Render(ContentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var coverage = new TextTable("topic", "1 single", "1 dilemma", "2 single", "2 dilemma", "3 single", "3 dilemma", "total");
        foreach (var topic in report.Coverage.Select(c => c.TopicId).Distinct())
        {
            var cells = report.Coverage.Where(c => c.TopicId == topic).OrderBy(c => c.Difficulty).ThenBy(c => c.Kind);
            coverage.Add([topic, .. cells.Select(c => Number(c.Count)), Number(report.QuestionsIn(topic))]);
        }

        var totals = report.Coverage.GroupBy(c => (c.Difficulty, c.Kind)).OrderBy(g => g.Key.Difficulty).ThenBy(g => g.Key.Kind);
        coverage.Add(["total", .. totals.Select(g => Number(g.Sum(c => c.Count))), Number(report.TotalQuestions)]);

        var references = new TextTable("document", "number", "status", "questions");
        foreach (var usage in report.References)
        {
            var status = usage.Status == DocumentStatus.InForce ? "in-force" : "superseded";
            references.Add([usage.DocumentId, usage.Number, status, Number(usage.Questions)]);
        }

        var superseded = report.SupersededOnlyAnswers.Count == 0
            ? "0"
            : $"{report.SupersededOnlyAnswers.Count} ({string.Join(", ", report.SupersededOnlyAnswers)})";
        return string.Join(
            Environment.NewLine,
            $"Content {report.Version}: {report.TotalQuestions} questions",
            string.Empty,
            "Questions by topic, difficulty (1-3) and kind",
            coverage.ToString(),
            string.Empty,
            "Questions citing each document",
            references.ToString(),
            string.Empty,
            $"Questions whose answer rests only on superseded documents (must be 0): {superseded}");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
