namespace EthicsBot.Content.Reporting;

using System.Globalization;
using EthicsBot.Content.Validation;
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

        var quality = new TextTable("topic", "objectives", "with 2", "key longest vi", "key longest en", "key/other vi", "key/other en");
        foreach (var q in report.Quality)
        {
            quality.Add([q.TopicId, Number(q.Objectives), Number(q.ObjectivesWithTwo), Percent(q.Vi.KeyLongestShare), Percent(q.En.KeyLongestShare), Ratio(q.Vi.MedianKeyRatio), Ratio(q.En.MedianKeyRatio)]);
        }

        quality.Add(["bank", string.Empty, string.Empty, Percent(report.BankVi.KeyLongestShare), Percent(report.BankEn.KeyLongestShare), Ratio(report.BankVi.MedianKeyRatio), Ratio(report.BankEn.MedianKeyRatio)]);
        var giveaways = new TextTable("language", "word", "options", "of which keys", "cue");
        foreach (var (lang, stats) in new[] { ("vi", report.BankVi), ("en", report.BankEn) })
        {
            foreach (var g in stats.Giveaways)
            {
                giveaways.Add([lang, g.Pattern, Number(g.Options), Number(g.Keys), g.IsCue ? "yes" : "no"]);
            }
        }

        var references = new TextTable("document", "number", $"on {report.AsOf:yyyy-MM-dd}", "questions");
        foreach (var usage in report.References)
        {
            references.Add([usage.DocumentId, usage.Number, Status(usage.Status), Number(usage.Questions)]);
        }

        return string.Join(
            Environment.NewLine,
            $"Content {report.Version}: {report.TotalQuestions} questions, as of {report.AsOf:yyyy-MM-dd}",
            string.Empty,
            "Questions by topic, difficulty (1-3) and kind",
            coverage.ToString(),
            string.Empty,
            $"Objectives and item writing (limits: key longest {Percent(ItemWriting.MaxKeyLongestShare)} in the bank, {Percent(ItemWriting.MaxKeyLongestShareInTopic)} in a topic; key/other median {Ratio(ItemWriting.MaxMedianKeyRatio)})",
            quality.ToString(),
            string.Empty,
            "Giveaway words in options (a cue: always or never the key, in 3 or more options)",
            giveaways.ToString(),
            string.Empty,
            "Questions citing each document",
            references.ToString(),
            string.Empty,
            $"Questions withdrawn on {report.AsOf:yyyy-MM-dd} (law not in force): {Ids(report.Withdrawn.Select(w => $"{w.QuestionId} ({w.DocumentId})"))}",
            $"Questions affected by registry changes in the next {LawCurrency.LookAheadDays} days: {Ids(report.Upcoming.Select(c => $"{c.QuestionId} ({c.DocumentId} {(c.TakesEffect ? "takes effect" : "stops")} {c.On:yyyy-MM-dd})"))}");
    }

    private static string Ids(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "0" : $"{list.Count}: {string.Join(", ", list)}";
    }

    private static string Status(DocumentStatus status) => status switch
    {
        DocumentStatus.InForce => "in force",
        DocumentStatus.Superseded => "superseded",
        _ => "not yet in force",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double share) => share.ToString("0%", CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
