namespace EthicsBot.Domain.Tests.Daily;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Daily;
using EthicsBot.Domain.Quizzes;
using Microsoft.Extensions.Time.Testing;

public sealed partial class ReviewSchedulerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Review_FirstGood_DueInFourDaysWithDefaultStability()
    {
        var state = ReviewScheduler.Review(null, OptionGrade.Best, _clock.GetUtcNow());

        Assert.Equal(3.7145, state.Stability, 4);
        Assert.Equal(5.1618, state.Difficulty, 4);
        Assert.Equal(_clock.GetUtcNow(), state.LastReview);
        Assert.Equal(_clock.GetUtcNow().AddDays(4), state.Due);
    }

    [Fact]
    public void Review_ThreeGoodsOnTime_IntervalsGrow()
    {
        var state = ReviewScheduler.Review(null, OptionGrade.Best, _clock.GetUtcNow());
        var intervals = new List<double> { (state.Due - state.LastReview).TotalDays };
        for (var i = 0; i < 3; i++)
        {
            _clock.SetUtcNow(state.Due);
            state = ReviewScheduler.Review(state, OptionGrade.Best, _clock.GetUtcNow());
            intervals.Add((state.Due - state.LastReview).TotalDays);
        }

        // FSRS-4.5 defaults with reviews on the due day: 4, 15, 49, 146 days.
        Assert.Equal([4, 15, 49, 146], intervals);
    }

    [Fact]
    public void Review_AgainAfterGood_ShortensStabilityAndComesBackNextDay()
    {
        var learned = ReviewScheduler.Review(null, OptionGrade.Best, _clock.GetUtcNow());
        _clock.SetUtcNow(learned.Due);

        var lapsed = ReviewScheduler.Review(learned, OptionGrade.Wrong, _clock.GetUtcNow());

        Assert.True(lapsed.Stability < learned.Stability);
        Assert.True(lapsed.Difficulty > learned.Difficulty);
        Assert.Equal(_clock.GetUtcNow().AddDays(1), lapsed.Due);
    }

    [Fact]
    public void Review_AgainOnWellLearnedQuestion_StillDueNextDay()
    {
        var state = ReviewScheduler.Review(null, OptionGrade.Best, _clock.GetUtcNow());
        for (var i = 0; i < 3; i++)
        {
            _clock.SetUtcNow(state.Due);
            state = ReviewScheduler.Review(state, OptionGrade.Best, _clock.GetUtcNow());
        }

        _clock.Advance(TimeSpan.FromDays(10));
        var lapsed = ReviewScheduler.Review(state, OptionGrade.Wrong, _clock.GetUtcNow());

        Assert.Equal(TimeSpan.FromDays(1), lapsed.Due - lapsed.LastReview);
        Assert.True(lapsed.Stability < state.Stability);
    }

    [Fact]
    public void Review_FirstWrong_DueNextDay()
    {
        var state = ReviewScheduler.Review(null, OptionGrade.Wrong, _clock.GetUtcNow());

        Assert.Equal(0.4872, state.Stability, 4);
        Assert.Equal(_clock.GetUtcNow().AddDays(1), state.Due);
    }

    [Fact]
    public void Review_FirstHard_ShorterIntervalThanFirstGood()
    {
        var hard = ReviewScheduler.Review(null, OptionGrade.Acceptable, _clock.GetUtcNow());
        var good = ReviewScheduler.Review(null, OptionGrade.Best, _clock.GetUtcNow());

        Assert.True(hard.Due < good.Due);
        Assert.True(hard.Stability < good.Stability);
        Assert.True(hard.Difficulty > good.Difficulty);
    }

    [Fact]
    public void Review_HardAfterGood_GrowsLessThanGood()
    {
        var first = ReviewScheduler.Review(null, OptionGrade.Best, _clock.GetUtcNow());
        _clock.SetUtcNow(first.Due);

        var hard = ReviewScheduler.Review(first, OptionGrade.Acceptable, _clock.GetUtcNow());
        var good = ReviewScheduler.Review(first, OptionGrade.Best, _clock.GetUtcNow());

        Assert.True(hard.Stability > first.Stability);
        Assert.True(hard.Due < good.Due);
    }

    [Fact]
    public void Review_LateReview_GrowsMoreThanOnTimeReview()
    {
        var first = ReviewScheduler.Review(null, OptionGrade.Best, _clock.GetUtcNow());

        var onTime = ReviewScheduler.Review(first, OptionGrade.Best, first.Due);
        var late = ReviewScheduler.Review(first, OptionGrade.Best, first.Due.AddDays(10));

        Assert.True(late.Stability > onTime.Stability);
    }

    [Fact]
    public void Review_LongRunOfGoods_NeverBeyondMaximumInterval()
    {
        var state = ReviewScheduler.Review(null, OptionGrade.Best, _clock.GetUtcNow());
        for (var i = 0; i < 40; i++)
        {
            state = ReviewScheduler.Review(state, OptionGrade.Best, state.Due);
        }

        Assert.True((state.Due - state.LastReview).TotalDays <= ReviewScheduler.MaximumIntervalDays);
        Assert.True(state.Stability <= ReviewScheduler.MaximumIntervalDays);
    }

    [Fact]
    public void Retrievability_AtOneStabilityAfterReview_IsRequestedRetention()
    {
        var state = ReviewScheduler.Review(null, OptionGrade.Best, _clock.GetUtcNow());

        Assert.Equal(1.0, ReviewScheduler.Retrievability(state, state.LastReview), 6);
        Assert.Equal(0.9, ReviewScheduler.Retrievability(state, state.LastReview.AddDays(state.Stability)), 6);
    }

    private static AnswerHistoryEntry Entry(string id, DateTimeOffset at, OptionGrade grade) =>
        new(id, "t", grade != OptionGrade.Wrong, at) { Grade = grade };
}
