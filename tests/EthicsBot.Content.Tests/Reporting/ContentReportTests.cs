namespace EthicsBot.Content.Tests.Reporting;

using EthicsBot.Content.Reporting;
using EthicsBot.Domain.Content;

public sealed class ContentReportTests : IDisposable
{
    private const string References = "    references:\n      - doc: law-new\n        article: \"14\"\n";
    private static readonly DateOnly Day = new(2026, 12, 7);
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Build_CountsEveryTopicDifficultyAndKind()
    {
        var report = ContentReport.Build(content.Load().Catalog!, Day);

        Assert.Equal(2, report.TotalQuestions);
        Assert.Equal(2 * 3 * 2, report.Coverage.Count);
        Assert.Equal(1, Cell(report, "social-media", 1, QuestionKind.Single));
        Assert.Equal(1, Cell(report, "integrity", 2, QuestionKind.Dilemma));
        Assert.Equal(0, Cell(report, "integrity", 2, QuestionKind.Single));
        Assert.Equal(1, report.QuestionsIn("social-media"));
    }

    [Fact]
    public void Build_CountsQuestionsPerDocumentIncludingUnused()
    {
        var report = ContentReport.Build(content.Load().Catalog!, Day);

        Assert.Equal(new DocumentUsage("law-new", "80/2025/QH15", DocumentStatus.InForce, 2), report.References[0]);
        Assert.Equal(new DocumentUsage("law-old", "22/2008/QH12", DocumentStatus.Superseded, 0), report.References[1]);
    }

    [Fact]
    public void Build_QuestionCitingOnlySupersededLaw_IsWithdrawn()
    {
        content.Replace("questions/q.yaml", References, "    references:\n      - doc: law-old\n        article: \"10\"\n");

        var report = ContentReport.Build(content.Load().Catalog!, Day);

        Assert.Equal(["sm-001"], report.Withdrawn.Select(w => w.QuestionId));
        Assert.Equal("law-old", report.Withdrawn[0].DocumentId);
    }

    [Fact]
    public void Build_SupersededArticleBesideItsReplacement_IsNotWithdrawn()
    {
        content.Replace("questions/q.yaml", References, References + "      - doc: law-old\n        article: \"10\"\n");

        var report = ContentReport.Build(content.Load().Catalog!, Day);

        Assert.Empty(report.Withdrawn);
    }

    [Fact]
    public void Build_ChangeWithinSixtyDays_IsListedAsUpcoming()
    {
        var report = ContentReport.Build(content.Load().Catalog!, new DateOnly(2025, 6, 1));

        Assert.Contains(report.Upcoming, c => c.DocumentId == "law-new" && c.TakesEffect && c.On == new DateOnly(2025, 7, 1));
        Assert.DoesNotContain(ContentReport.Build(content.Load().Catalog!, new DateOnly(2025, 4, 1)).Upcoming, c => c.DocumentId == "law-new");
    }

    [Fact]
    public void Build_MeasuresObjectivesAndItemWritingPerTopic()
    {
        var report = ContentReport.Build(content.Load().Catalog!, Day);
        var social = report.Quality.Single(q => q.TopicId == "social-media");

        Assert.Equal(1, social.Objectives);
        Assert.Equal(0, social.ObjectivesWithTwo);
        Assert.Equal(1, social.Vi.Questions);
        Assert.Equal(1, social.Vi.KeyLongest);
    }

    [Fact]
    public void Render_PrintsTablesAndTotals()
    {
        var text = ContentReportRenderer.Render(ContentReport.Build(content.Load().Catalog!, Day));
        var lines = text.Split(Environment.NewLine);

        Assert.StartsWith("Content c-", lines[0], StringComparison.Ordinal);
        Assert.Contains("topic         1 single  1 dilemma  2 single  2 dilemma  3 single  3 dilemma  total", lines);
        Assert.Contains("social-media  1         0          0         0          0         0          1", lines);
        Assert.Contains("total         1         0          0         1          0         0          2", lines);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^law-old +22/2008/QH12 +superseded +0$"));
        Assert.Contains(lines, l => l.StartsWith("Objectives and item writing", StringComparison.Ordinal));
        Assert.Equal("Questions withdrawn on 2026-12-07 (law not in force): 0", lines[^2]);
        Assert.Equal("Questions affected by registry changes in the next 60 days: 0", lines[^1]);
    }

    private static int Cell(ContentReport report, string topic, int difficulty, QuestionKind kind) =>
        report.Coverage.Single(c => c.TopicId == topic && c.Difficulty == difficulty && c.Kind == kind).Count;
}
