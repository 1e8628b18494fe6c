namespace EthicsBot.Content.Tests.Validation;

using EthicsBot.Content.Validation;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

public sealed class ItemWritingTests
{
    [Fact]
    public void Measure_KeyLongestAndRatio_CountedPerQuestion()
    {
        var questions = new[]
        {
            Make("q1", key: "a", "a long and careful answer", "short", "tiny", "small"),
            Make("q2", key: "b", "same size", "same size", "other one", "x"),
            Make("q3", key: "c", "a much longer wrong option", "another long wrong one", "short key", "yet another wrong"),
        };

        var stats = ItemWriting.Measure(questions, Locale.Vi);

        // q1: longest; q2: ties count as longest; q3: not.
        Assert.Equal(2, stats.KeyLongest);
        Assert.Equal(2.0 / 3, stats.KeyLongestShare, 3);
        Assert.True(stats.MedianKeyRatio > 1.0);
    }

    [Fact]
    public void Measure_DilemmaKey_IsTheBestOption()
    {
        var dilemma = Make("d1", key: "a", "short", "the longest option by far here", "mid size", "mid size") with
        {
            Kind = QuestionKind.Dilemma,
            Grades = new Dictionary<string, OptionGrade> { ["a"] = OptionGrade.Best, ["b"] = OptionGrade.Acceptable, ["c"] = OptionGrade.Wrong, ["d"] = OptionGrade.Wrong },
        };

        Assert.Equal("a", ItemWriting.KeyOf(dilemma));
        Assert.Equal(0, ItemWriting.Measure([dilemma], Locale.Vi).KeyLongest);
    }

    [Fact]
    public void Measure_WordThatIsNeverTheKey_IsACue()
    {
        var questions = Enumerable.Range(1, 3)
            .Select(i => Make($"q{i}", key: "a", "Báo cáo lãnh đạo", "Chỉ cần xóa bài", "Im lặng", "Chia sẻ"))
            .ToList();

        var cue = Assert.Single(ItemWriting.Measure(questions, Locale.Vi).Giveaways);

        Assert.Equal(new GiveawayCount("chỉ cần", 3, 0), cue);
        Assert.True(cue.IsCue);
    }

    [Fact]
    public void Measure_WordOnBothSides_IsNotACue()
    {
        var questions = new[]
        {
            Make("q1", key: "a", "Luôn báo cáo", "Luôn im lặng", "Chia sẻ", "Xóa"),
            Make("q2", key: "b", "Luôn chờ", "Báo cáo", "Chia sẻ", "Xóa"),
            Make("q3", key: "b", "Luôn chờ", "Báo cáo", "Chia sẻ", "Xóa"),
        };

        var cue = Assert.Single(ItemWriting.Measure(questions, Locale.Vi).Giveaways);

        Assert.Equal(4, cue.Options);
        Assert.Equal(1, cue.Keys);
        Assert.False(cue.IsCue);
    }

    [Theory]
    [InlineData("Tất cả các phương án trên", true)]
    [InlineData("Cả a và b", true)]
    [InlineData("All of the above", true)]
    [InlineData("None of the above", true)]
    [InlineData("Báo cáo tất cả các trường hợp vi phạm", false)]
    [InlineData("Report all incidents to the head", false)]
    public void PointsAtOtherOptions_RecognisesAboveOptions(string text, bool expected)
    {
        Assert.Equal(expected, ItemWriting.PointsAtOtherOptions(text));
    }

    private static Question Make(string id, string key, params string[] texts)
    {
        var ids = new[] { "a", "b", "c", "d" };
        var text = new QuestionText
        {
            Stem = id,
            Explanation = "-",
            Options = [.. texts.Select((t, i) => new QuestionOption { Id = ids[i], Text = t, Feedback = "-" })],
        };
        return new Question
        {
            Id = id,
            TopicId = "t",
            Objective = id,
            Difficulty = 1,
            Kind = QuestionKind.Single,
            Grades = ids.Take(texts.Length).ToDictionary(i => i, i => i == key ? OptionGrade.Best : OptionGrade.Wrong),
            Vi = text,
            En = text,
            References = [],
        };
    }
}
