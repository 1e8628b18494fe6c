namespace EthicsBot.Domain.Tests.Contests;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Contests;

public sealed class ContestSeasonTests
{
    // Starts on a Wednesday: its first week is the Monday–Sunday week of 9 March 2026.
    private static readonly ContestSeason Season = new("Mùa 1", new DateOnly(2026, 3, 11), new DateOnly(2026, 4, 5), ["a", "b"], ["b", "a"]);

    [Theory]
    [InlineData("2026-03-10", null)]
    [InlineData("2026-03-11", "b")]
    [InlineData("2026-03-15", "b")]
    [InlineData("2026-03-16", "a")]
    [InlineData("2026-03-23", null)]
    [InlineData("2026-04-06", null)]
    public void WeeklyTopic_ByDay_FollowsMondayWeeksFromTheStartWeek(string day, string? expected) =>
        Assert.Equal(expected, Season.WeeklyTopic(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void FocusTopics_AfterTheWeeklyTopicsRunOut_IsTheSeasonsTopicsAndOutsideIsNull()
    {
        Assert.Equal(["a", "b"], Season.FocusTopics(new DateOnly(2026, 3, 25)));
        Assert.Equal(["a"], Season.FocusTopics(new DateOnly(2026, 3, 17)));
        Assert.Null(Season.FocusTopics(new DateOnly(2026, 4, 6)));
        Assert.Null((Season with { Topics = [], WeeklyTopics = [] }).FocusTopics(new DateOnly(2026, 3, 25)));
    }

    [Fact]
    public void Focus_InSeason_KeepsTheWeeksTopicAndFallsBackToTheBankWhenItHasNone()
    {
        IReadOnlyList<Question> bank = [Q("a1", "a"), Q("b1", "b"), Q("c1", "c")];

        Assert.Equal(["b1"], Season.Focus(bank, new DateOnly(2026, 3, 12)).Select(q => q.Id));
        Assert.Equal(["a1", "b1"], Season.Focus(bank, new DateOnly(2026, 3, 30)).Select(q => q.Id));
        Assert.Equal(["a1", "b1", "c1"], Season.Focus(bank, new DateOnly(2026, 4, 6)).Select(q => q.Id));
        Assert.Equal(["a1", "b1", "c1"], (Season with { WeeklyTopics = ["gone"] }).Focus(bank, new DateOnly(2026, 3, 12)).Select(q => q.Id));
    }

    private static Question Q(string id, string topic)
    {
        var text = new QuestionText { Stem = "x", Options = [], Explanation = "x" };
        return new Question
        {
            Id = id,
            TopicId = topic,
            Objective = "o",
            Difficulty = 1,
            Kind = QuestionKind.Single,
            Grades = new Dictionary<string, OptionGrade>(),
            Vi = text,
            En = text,
            References = [],
        };
    }
}
