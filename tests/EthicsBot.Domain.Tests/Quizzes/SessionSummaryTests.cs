namespace EthicsBot.Domain.Tests.Quizzes;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Domain.Tests.TestData;

public sealed class SessionSummaryTests
{
    [Fact]
    public void From_BestAcceptableWrong_ScoresPointsOutOfMax()
    {
        var summary = SessionSummary.From(
            [Answer("a", OptionGrade.Best), Answer("a", OptionGrade.Acceptable), Answer("b", OptionGrade.Wrong)]);

        Assert.Equal(1.5, summary.Points);
        Assert.Equal(3, summary.MaxPoints);
        Assert.Equal(3, summary.Answered);
        Assert.Equal(2, summary.Correct);
        Assert.Equal(50, summary.ScorePercent);
    }

    [Fact]
    public void From_WrongAnswers_TopicsOrderedByMostWrong()
    {
        var summary = SessionSummary.From(
        [
            Answer("privacy", OptionGrade.Wrong),
            Answer("secrets", OptionGrade.Wrong),
            Answer("secrets", OptionGrade.Wrong),
            Answer("social", OptionGrade.Best),
        ]);

        Assert.Equal(["secrets", "privacy"], summary.TopicsToReview);
    }

    [Fact]
    public void From_TiedWrongCounts_FirstMistakeFirst()
    {
        var summary = SessionSummary.From([Answer("z", OptionGrade.Wrong), Answer("a", OptionGrade.Wrong)]);

        Assert.Equal(["z", "a"], summary.TopicsToReview);
    }

    [Fact]
    public void From_OnlyAcceptableAnswers_NothingToReview() =>
        Assert.Empty(SessionSummary.From([Answer("a", OptionGrade.Acceptable)]).TopicsToReview);

    [Fact]
    public void From_NoAnswers_ZeroScore()
    {
        var summary = SessionSummary.From([]);

        Assert.Equal(0, summary.MaxPoints);
        Assert.Equal(0, summary.ScorePercent);
        Assert.Empty(summary.TopicsToReview);
    }

    [Fact]
    public void ScorePercent_TwoOfThree_RoundsToNearest() =>
        Assert.Equal(67, SessionSummary.From(
            [Answer("a", OptionGrade.Best), Answer("a", OptionGrade.Best), Answer("a", OptionGrade.Wrong)]).ScorePercent);

    private static (Question, GradeResult) Answer(string topic, OptionGrade grade) =>
        (Questions.Make(Guid.NewGuid().ToString(), topic), new GradeResult("a", grade));
}
