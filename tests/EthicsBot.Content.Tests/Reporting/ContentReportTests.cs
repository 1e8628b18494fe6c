namespace EthicsBot.Content.Tests.Reporting;

using EthicsBot.Content.Reporting;
using EthicsBot.Domain.Content;

public sealed class ContentReportTests : IDisposable
{
    private const string References = "    references:\n      - doc: law-new\n        article: \"14\"\n";
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Build_CountsEveryTopicDifficultyAndKind()
    {
        var report = ContentReport.Build(content.Load().Catalog!);

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
        var report = ContentReport.Build(content.Load().Catalog!);

        Assert.Equal(new DocumentUsage("law-new", "80/2025/QH15", DocumentStatus.InForce, 2), report.References[0]);
        Assert.Equal(new DocumentUsage("law-old", "22/2008/QH12", DocumentStatus.Superseded, 0), report.References[1]);
    }

    [Fact]
    public void Build_QuestionRestingOnlyOnSupersededArticles_IsListed()
    {
        content.Replace("questions/q.yaml", References, "    references:\n      - doc: law-new\n      - doc: law-old\n        article: \"10\"\n");

        var report = ContentReport.Build(content.Load().Catalog!);

        Assert.Equal(["sm-001"], report.SupersededOnlyAnswers);
    }

    [Fact]
    public void Build_SupersededArticleBesideCurrentArticle_IsNotListed()
    {
        content.Replace("questions/q.yaml", References, References + "      - doc: law-old\n        article: \"10\"\n");

        var report = ContentReport.Build(content.Load().Catalog!);

        Assert.Empty(report.SupersededOnlyAnswers);
    }

    [Fact]
    public void Render_PrintsTablesAndTotals()
    {
        var text = ContentReportRenderer.Render(ContentReport.Build(content.Load().Catalog!));
        var lines = text.Split(Environment.NewLine);

        Assert.StartsWith("Content c-", lines[0], StringComparison.Ordinal);
        Assert.Contains("topic         1 single  1 dilemma  2 single  2 dilemma  3 single  3 dilemma  total", lines);
        Assert.Contains("social-media  1         0          0         0          0         0          1", lines);
        Assert.Contains("total         1         0          0         1          0         0          2", lines);
        Assert.Contains("law-old   22/2008/QH12  superseded  0", lines);
        Assert.Equal("Questions whose answer rests only on superseded documents (must be 0): 0", lines[^1]);
    }

    private static int Cell(ContentReport report, string topic, int difficulty, QuestionKind kind) =>
        report.Coverage.Single(c => c.TopicId == topic && c.Difficulty == difficulty && c.Kind == kind).Count;
}
