namespace EthicsBot.Content.Tests.Validation;

public sealed class ObjectiveRulesTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Check_MissingObjective_IsAnError()
    {
        content.Replace("questions/q.yaml", "    objective: report-false-posts\n", string.Empty);

        Assert.Equal(["questions/q.yaml:3:5: missing 'objective'"], content.Errors());
    }

    [Fact]
    public void Check_BadShape_IsAnError()
    {
        content.Replace("questions/q.yaml", "objective: report-false-posts", "objective: Report False");

        Assert.Contains(content.Errors(), e => e.EndsWith("objective 'Report False' must be lower case letters, digits and single dashes", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TwoQuestionsOnOneObjective_IsAccepted()
    {
        content.Replace("questions/dilemmas/d.yaml", "objective: gift-refuse-first", "objective: report-false-posts");

        Assert.Empty(content.Errors());
    }

    [Fact]
    public void Check_ThreeQuestionsOnOneObjective_IsAnErrorNamingThemAll()
    {
        var third = TestContent.Question
            .Replace("topic: social-media\nquestions:\n", string.Empty, StringComparison.Ordinal)
            .Replace("sm-001", "sm-002", StringComparison.Ordinal)
            .Replace("Chị Lan thấy một bài đăng sai sự thật về phường", "Anh Tú nhận được tin nhắn giả mạo lãnh đạo xã", StringComparison.Ordinal)
            .Replace("Lan sees a false post about the ward", "Tu gets a message faking the commune chief", StringComparison.Ordinal);
        content.Write("questions/q.yaml", TestContent.Question + "\n" + third)
            .Replace("questions/dilemmas/d.yaml", "objective: gift-refuse-first", "objective: report-false-posts");

        var error = Assert.Single(content.Errors());

        Assert.Contains("objective 'report-false-posts' is tested by 3 questions (", error, StringComparison.Ordinal);
        Assert.Contains("at most 2", error, StringComparison.Ordinal);
    }
}
