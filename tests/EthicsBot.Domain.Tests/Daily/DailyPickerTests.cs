namespace EthicsBot.Domain.Tests.Daily;

using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Daily;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Domain.Tests.TestData;
using Microsoft.Extensions.Time.Testing;

public sealed class DailyPickerTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    // Monday 9 March 2026, 08:00 in Hanoi: the delivery moment.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 9, 1, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Now => _clock.GetUtcNow().ToOffset(Vietnam);

    [Fact]
    public void PickDaily_WrongYesterdayLaterInTheDay_DueAtTodaysDelivery()
    {
        Question[] pool = [Q("new"), Q("missed")];
        AnswerHistoryEntry[] history = [Entry("missed", Now.AddDays(-1).AddMinutes(30), OptionGrade.Wrong)];

        var picked = Ids(DailyPicker.PickDaily(pool, history, Now, 1, new Random(1)));

        Assert.Equal(["missed"], picked);
    }

    [Fact]
    public void PickDaily_SeveralDue_MostOverdueFirst()
    {
        Question[] pool = [Q("new"), Q("due-recently"), Q("due-long-ago")];
        AnswerHistoryEntry[] history =
        [
            Entry("due-recently", Now.AddDays(-2), OptionGrade.Wrong),
            Entry("due-long-ago", Now.AddDays(-30), OptionGrade.Best),
        ];

        var picked = Ids(DailyPicker.PickDaily(pool, history, Now, 3, new Random(1)));

        Assert.Equal(["due-long-ago", "due-recently", "new"], picked);
    }

    [Fact]
    public void PickDaily_ReviewNotYetDue_NewQuestionsFirst()
    {
        Question[] pool = [Q("learned"), Q("new")];
        AnswerHistoryEntry[] history = [Entry("learned", Now.AddDays(-1), OptionGrade.Best)];

        var picked = Ids(DailyPicker.PickDaily(pool, history, Now, 1, new Random(1)));

        Assert.Equal(["new"], picked);
    }

    [Fact]
    public void PickDaily_AnsweredEarlierToday_NeverAgainToday()
    {
        Question[] pool = [Q("wrong-this-morning"), Q("new")];
        _clock.Advance(TimeSpan.FromHours(3));
        AnswerHistoryEntry[] history = [Entry("wrong-this-morning", Now.AddHours(-2), OptionGrade.Wrong)];

        var picked = Ids(DailyPicker.PickDaily(pool, history, Now, 5, new Random(1)));

        Assert.Equal(["new"], picked);
    }

    [Fact]
    public void PickDaily_NewQuestions_BalancedAcrossTopicsAndDifficulty()
    {
        Question[] pool = [Q("a1", "a", 1), Q("a2", "a", 1), Q("a3", "a", 3), Q("b1", "b", 1), Q("b2", "b", 2), Q("c1", "c", 2)];

        var picked = DailyPicker.PickDaily(pool, [], Now, 3, new Random(5));

        Assert.Equal(["a", "b", "c"], picked.Select(q => q.TopicId).Order());
        Assert.True(picked.Select(q => q.Difficulty).Distinct().Count() > 1);
    }

    [Fact]
    public void PickDaily_WholeBankSeenNothingDue_LikeliestToForgetFirst()
    {
        Question[] pool = [Q("fresh"), Q("fading")];
        AnswerHistoryEntry[] history =
        [
            Entry("fresh", Now.AddDays(-1), OptionGrade.Best),
            Entry("fading", Now.AddDays(-2), OptionGrade.Acceptable), // Hard: lower stability, due tomorrow
            Entry("fading", Now.AddDays(-1), OptionGrade.Acceptable),
        ];

        var picked = Ids(DailyPicker.PickDaily(pool, history, Now, 2, new Random(1)));

        Assert.Equal(["fading", "fresh"], picked);
    }

    [Fact]
    public void PickDaily_DuplicatesInPool_NoDuplicates()
    {
        Question[] pool = [Q("x"), Q("x"), Q("y")];
        AnswerHistoryEntry[] history = [Entry("x", Now.AddDays(-3), OptionGrade.Wrong)];

        var picked = Ids(DailyPicker.PickDaily(pool, history, Now, 5, new Random(1)));

        Assert.Equal(["x", "y"], picked);
    }

    [Fact]
    public void PickDaily_TimeZoneOverload_ReadsTodayInUsersZone()
    {
        Question[] pool = [Q("q")];
        // 01:00 on Monday in Hanoi, still Sunday in UTC.
        AnswerHistoryEntry[] history = [Entry("q", new DateTimeOffset(2026, 3, 8, 18, 0, 0, TimeSpan.Zero), OptionGrade.Wrong)];
        var utcNow = _clock.GetUtcNow();

        Assert.Empty(DailyPicker.PickDaily(pool, history, utcNow, TimeZones.Resolve("Asia/Ho_Chi_Minh"), 1, new Random(1)));
        Assert.Empty(DailyPicker.PickDaily(pool, history, Now, 1, new Random(1)));
        Assert.Single(DailyPicker.PickDaily(pool, history, utcNow, TimeZones.Resolve("Europe/London"), 1, new Random(1)));
    }

    [Fact]
    public void PickDaily_SameSeed_SamePick()
    {
        var pool = Enumerable.Range(0, 9).Select(i => Q($"q{i}", $"t{i % 3}", (i % 3) + 1)).ToList();

        Assert.Equal(
            Ids(DailyPicker.PickDaily(pool, [], Now, 4, new Random(9))),
            Ids(DailyPicker.PickDaily(pool, [], Now, 4, new Random(9))));
    }

    [Fact]
    public void PickDaily_ZeroCount_Empty() => Assert.Empty(DailyPicker.PickDaily([Q("x")], [], Now, 0, new Random(1)));

    private static Question Q(string id, string topic = "t", int d = 1) => Questions.Make(id, topic, d);

    private static AnswerHistoryEntry Entry(string id, DateTimeOffset at, OptionGrade grade) =>
        new(id, "t", grade != OptionGrade.Wrong, at) { Grade = grade };

    private static string[] Ids(IEnumerable<Question> questions) => [.. questions.Select(q => q.Id)];
}
