namespace EthicsBot.Domain.Tests.Progress;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Daily;
using EthicsBot.Domain.Progress;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Domain.Tests.TestData;

public sealed class ProgressReportTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly Topic[] Topics = [Topic("social"), Topic("secrets"), Topic("untried")];

    [Fact]
    public void Build_History_TotalsAndOverallPercent()
    {
        var report = ProgressReport.Build(History(), Topics, 0, 0);

        Assert.Equal(5, report.TotalAnswered);
        Assert.Equal(3, report.TotalCorrect);
        Assert.Equal(60, report.Percent);
    }

    [Fact]
    public void Build_History_PerTopicRowsInCatalogOrder()
    {
        var report = ProgressReport.Build(History(), Topics, 0, 0);

        Assert.Equal(["social", "secrets", "untried"], report.Topics.Select(t => t.TopicId));
        Assert.Equal((3, 2, 67), Row(report, "social"));
        Assert.Equal((1, 0, 0), Row(report, "secrets"));
        Assert.Equal((0, 0, 0), Row(report, "untried"));
    }

    [Fact]
    public void Build_AnswersInRetiredTopic_CountInTotalsOnly()
    {
        var report = ProgressReport.Build(History(), Topics, 0, 0);

        Assert.Equal(5, report.TotalAnswered);
        Assert.DoesNotContain(report.Topics, t => t.TopicId == "retired");
    }

    [Fact]
    public void Build_NoHistory_ZeroPercent()
    {
        var report = ProgressReport.Build([], Topics, 0, 0);

        Assert.Equal(0, report.TotalAnswered);
        Assert.Equal(0, report.Percent);
    }

    [Fact]
    public void Build_StreaksFromCalculator_Reported()
    {
        var calendar = Calendars.Vietnam2026();
        DateOnly[] done = [new(2026, 2, 12), new(2026, 2, 13), new(2026, 2, 23), new(2026, 3, 2)];
        var today = new DateOnly(2026, 3, 2);

        var report = ProgressReport.Build(
            History(), Topics, StreakCalculator.Current(done, today, calendar), StreakCalculator.Longest(done, calendar));

        Assert.Equal(1, report.CurrentStreak);
        Assert.Equal(3, report.LongestStreak);
    }

    private static AnswerHistoryEntry[] History() =>
    [
        new("q1", "social", true, T0),
        new("q2", "social", true, T0.AddMinutes(1)),
        new("q3", "social", false, T0.AddMinutes(2)),
        new("q4", "secrets", false, T0.AddMinutes(3)),
        new("q5", "retired", true, T0.AddMinutes(4)),
    ];

    private static (int, int, int) Row(ProgressReport report, string topicId)
    {
        var row = report.Topics.Single(t => t.TopicId == topicId);
        return (row.Answered, row.Correct, row.Percent);
    }

    private static Topic Topic(string id) =>
        new() { Id = id, Name = new LocalizedString(id, id), Description = new LocalizedString(id, id) };
}
