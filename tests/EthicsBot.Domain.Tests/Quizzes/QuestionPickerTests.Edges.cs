namespace EthicsBot.Domain.Tests.Quizzes;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;

public sealed partial class QuestionPickerTests
{
    [Fact]
    public void PickSession_UnknownTopic_Empty() =>
        Assert.Empty(QuestionPicker.PickSession([Q("x")], [], 5, "no-such-topic", new Random(1)));

    [Fact]
    public void PickSession_PoolSmallerThanCount_WholePoolOnce()
    {
        Question[] pool = [Q("a1", "a"), Q("b1", "b", 2), Q("c1", "c", 3)];

        var picked = QuestionPicker.PickSession(pool, [Wrong("b1", T0)], 10, null, new Random(1));

        Assert.Equal(["a1", "b1", "c1"], Ids(picked).Order());
    }

    [Fact]
    public void PickSession_DuplicateEntriesInPool_NeverTwiceInSession()
    {
        Question[] pool = [Q("x"), Q("x"), Q("y"), Q("y")];

        var picked = Ids(QuestionPicker.PickSession(pool, [Wrong("x", T0)], 4, null, new Random(1)));

        Assert.Equal(["x", "y"], picked);
    }

    [Fact]
    public void PickSession_SameSeedAnyPoolOrder_SameSession()
    {
        var pool = Enumerable.Range(0, 12).Select(i => Q($"q{i}", $"t{i % 3}", (i % 3) + 1)).ToList();
        var reversed = Enumerable.Reverse(pool).ToList();

        var first = Ids(QuestionPicker.PickSession(pool, [], 5, null, new Random(42)));
        var second = Ids(QuestionPicker.PickSession(reversed, [], 5, null, new Random(42)));

        Assert.Equal(first, second);
    }

    [Fact]
    public void PickSession_DifferentSeeds_VaryTheSession()
    {
        var pool = Enumerable.Range(0, 12).Select(i => Q($"q{i}", $"t{i % 3}", (i % 3) + 1)).ToList();

        var sessions = Enumerable.Range(0, 10)
            .Select(seed => string.Join(',', Ids(QuestionPicker.PickSession(pool, [], 5, null, new Random(seed)))))
            .Distinct()
            .Count();

        Assert.True(sessions > 1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void PickSession_NonPositiveCount_Empty(int count) =>
        Assert.Empty(QuestionPicker.PickSession([Q("x")], [Wrong("x", T0)], count, null, new Random(1)));
}
