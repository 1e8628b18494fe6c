namespace EthicsBot.Domain.Tests.Daily;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Daily;
using EthicsBot.Domain.Quizzes;

public sealed partial class ReviewSchedulerTests
{
    [Fact]
    public void Replay_NoAnswers_Null() => Assert.Null(ReviewScheduler.Replay([]));

    [Fact]
    public void Replay_AnswersInAnyOrder_MatchesStepByStepReviews()
    {
        var t0 = _clock.GetUtcNow();
        var expected = ReviewScheduler.Review(null, OptionGrade.Best, t0);
        expected = ReviewScheduler.Review(expected, OptionGrade.Wrong, t0.AddDays(4));
        expected = ReviewScheduler.Review(expected, OptionGrade.Acceptable, t0.AddDays(5));

        var replayed = ReviewScheduler.Replay(
        [
            Entry("q1", t0.AddDays(5), OptionGrade.Acceptable),
            Entry("q1", t0, OptionGrade.Best),
            Entry("q1", t0.AddDays(4), OptionGrade.Wrong),
        ]);

        Assert.Equal(expected, replayed);
    }

    [Fact]
    public void Replay_EntriesWithoutGrade_UseCorrectFlag()
    {
        var t0 = _clock.GetUtcNow();
        var withoutGrades = ReviewScheduler.Replay(
            [new AnswerHistoryEntry("q1", "t", true, t0), new AnswerHistoryEntry("q1", "t", false, t0.AddDays(4))]);
        var withGrades = ReviewScheduler.Replay(
            [Entry("q1", t0, OptionGrade.Best), Entry("q1", t0.AddDays(4), OptionGrade.Wrong)]);

        Assert.Equal(withGrades, withoutGrades);
    }

    [Fact]
    public void Replay_AnswersOfTwoQuestions_Throws() =>
        Assert.Throws<ArgumentException>(() => ReviewScheduler.Replay(
            [Entry("q1", _clock.GetUtcNow(), OptionGrade.Best), Entry("q2", _clock.GetUtcNow(), OptionGrade.Best)]));

    [Fact]
    public void ReplayAll_TwoQuestions_OneStateEach()
    {
        var t0 = _clock.GetUtcNow();

        var states = ReviewScheduler.ReplayAll(
            [Entry("q1", t0, OptionGrade.Best), Entry("q2", t0, OptionGrade.Wrong), Entry("q1", t0.AddDays(4), OptionGrade.Best)]);

        Assert.Equal(2, states.Count);
        Assert.Equal(t0.AddDays(4), states["q1"].LastReview);
        Assert.Equal(t0.AddDays(1), states["q2"].Due);
    }
}
