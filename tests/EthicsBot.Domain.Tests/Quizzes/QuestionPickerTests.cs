namespace EthicsBot.Domain.Tests.Quizzes;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Domain.Tests.TestData;

public sealed partial class QuestionPickerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void PickSession_WrongAnswers_ComeFirstOldestWrongFirst()
    {
        Question[] pool = [Q("new1"), Q("wrong-late"), Q("wrong-early"), Q("new2")];
        AnswerHistoryEntry[] history = [Wrong("wrong-late", T0.AddDays(2)), Wrong("wrong-early", T0)];

        var picked = Ids(QuestionPicker.PickSession(pool, history, 4, null, new Random(1)));

        Assert.Equal(["wrong-early", "wrong-late"], picked[..2]);
        Assert.Equal(["new1", "new2"], picked[2..].Order());
    }

    [Fact]
    public void PickSession_WrongThenRight_OnlyLatestAnswerCounts()
    {
        Question[] pool = [Q("fixed"), Q("new")];
        AnswerHistoryEntry[] history = [Wrong("fixed", T0), Right("fixed", T0.AddDays(1))];

        var picked = Ids(QuestionPicker.PickSession(pool, history, 1, null, new Random(1)));

        Assert.Equal(["new"], picked);
    }

    [Fact]
    public void PickSession_UnseenQuestions_OnePerTopicBeforeSecondFromAny()
    {
        Question[] pool = [Q("a1", "a"), Q("a2", "a"), Q("a3", "a"), Q("b1", "b"), Q("b2", "b"), Q("c1", "c")];

        var picked = QuestionPicker.PickSession(pool, [], 3, null, new Random(7));

        Assert.Equal(["a", "b", "c"], picked.Select(q => q.TopicId).Order());
    }

    [Fact]
    public void PickSession_LeastAnsweredTopicFirst_ThenRoundRobin()
    {
        Question[] pool = [Q("a1", "a"), Q("a2", "a"), Q("b1", "b"), Q("b2", "b"), Q("seen", "a")];
        AnswerHistoryEntry[] history = [Right("seen", T0), Right("seen", T0.AddDays(1))];

        var picked = QuestionPicker.PickSession(pool, history, 4, null, new Random(3));

        Assert.Equal(["b", "a", "b", "a"], picked.Select(q => q.TopicId));
    }

    [Fact]
    public void PickSession_OneTopicManyDifficulties_MixesDifficulty()
    {
        Question[] pool = [Q("e1", d: 1), Q("e2", d: 1), Q("e3", d: 1), Q("m1", d: 2), Q("m2", d: 2), Q("h1", d: 3)];

        for (var seed = 0; seed < 20; seed++)
        {
            var picked = QuestionPicker.PickSession(pool, [], 3, null, new Random(seed));

            Assert.Equal([1, 2, 3], picked.Select(q => q.Difficulty).Order());
        }
    }

    [Fact]
    public void PickSession_EnoughUnseen_NoSeenCorrectQuestions()
    {
        Question[] pool = [Q("known"), Q("new1"), Q("new2")];

        var picked = Ids(QuestionPicker.PickSession(pool, [Right("known", T0)], 2, null, new Random(1)));

        Assert.DoesNotContain("known", picked);
    }

    [Fact]
    public void PickSession_ShortOfUnseen_FillsWithCorrectAnsweredLongestAgo()
    {
        Question[] pool = [Q("recent"), Q("old"), Q("new"), Q("wrong")];
        AnswerHistoryEntry[] history = [Right("recent", T0.AddDays(5)), Right("old", T0), Wrong("wrong", T0.AddDays(6))];

        var picked = Ids(QuestionPicker.PickSession(pool, history, 4, null, new Random(1)));

        Assert.Equal(["wrong", "new", "old", "recent"], picked);
    }

    [Fact]
    public void PickSession_TopicFilter_EveryTierStaysInTopic()
    {
        Question[] pool = [Q("a-wrong", "a"), Q("b-wrong", "b"), Q("a-new", "a"), Q("b-new", "b"), Q("a-right", "a")];
        AnswerHistoryEntry[] history = [Wrong("a-wrong", T0), Wrong("b-wrong", T0), Right("a-right", T0)];

        var picked = QuestionPicker.PickSession(pool, history, 10, "a", new Random(1));

        Assert.Equal(["a-wrong", "a-new", "a-right"], Ids(picked));
    }

    private static Question Q(string id, string topic = "t", int d = 1) => Questions.Make(id, topic, d);

    private static AnswerHistoryEntry Wrong(string id, DateTimeOffset at, string topic = "t") => new(id, topic, false, at);

    private static AnswerHistoryEntry Right(string id, DateTimeOffset at, string topic = "a") => new(id, topic, true, at);

    private static string[] Ids(IEnumerable<Question> questions) => [.. questions.Select(q => q.Id)];
}
