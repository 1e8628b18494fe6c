namespace EthicsBot.Content.Tests.Validation;

using System.Text;

public sealed class OptionRulesTests : IDisposable
{
    private const string Q = "questions/q.yaml";
    private const string ViOptionC = "        - id: c\n          text: Bình luận phản bác\n          feedback: Sai, dễ gây tranh cãi trên mạng.\n";
    private const string ViStem = "      stem: Chị Lan thấy một bài đăng sai sự thật về phường trên nhóm Zalo cơ quan. Chị nên làm gì?";
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Check_TwoOptions_IsAnErrorAndEnglishNoLongerMatches()
    {
        content.Replace(Q, ViOptionC, string.Empty);

        Assert.Equal(
            [
                "questions/q.yaml:13:9: vi has 2 options; a question has 3 or 4",
                "questions/q.yaml:23:9: en has 3 options but vi has 2; both languages carry the same option ids",
            ],
            content.Errors());
    }

    [Fact]
    public void Check_FiveOptions_IsAnError()
    {
        var extra = "        - id: d\n          text: Bốn\n          feedback: Sai.\n        - id: e\n          text: Năm\n          feedback: Sai.\n";
        content.Replace(Q, ViOptionC, ViOptionC + extra);

        Assert.Contains("questions/q.yaml:13:9: vi has 5 options; a question has 3 or 4", content.Errors());
    }

    [Fact]
    public void Check_IdsOutOfOrder_IsAnErrorAtTheId()
    {
        content.Replace(Q, "        - id: c\n          text: Bình luận", "        - id: d\n          text: Bình luận");

        Assert.Equal(["questions/q.yaml:19:15: option 3 must have id 'c'; ids run a, b, c, d in order"], content.Errors());
    }

    [Fact]
    public void Check_EnglishIdDiffersFromVietnamese_IsAnError()
    {
        content.Replace(Q, "        - id: c\n          text: Argue", "        - id: x\n          text: Argue");

        Assert.Equal(["questions/q.yaml:32:15: option 3 must have id 'c'; ids run a, b, c, d in order"], content.Errors());
    }

    [Fact]
    public void Check_EnglishOptionWithoutText_IsAnError()
    {
        content.Replace(Q, "          text: Share it with everyone at once\n", string.Empty);

        Assert.Equal(["questions/q.yaml:26:11: missing 'text'"], content.Errors());
    }

    [Fact]
    public void Check_StemAtLimit_IsAccepted()
    {
        content.Replace(Q, ViStem, "      stem: " + new string('ạ', 700));

        Assert.Empty(content.Errors());
    }

    [Fact]
    public void Check_StemOverLimit_IsAnError()
    {
        content.Replace(Q, "      stem: Lan sees a false post about the ward in the office Zalo group. What should she do?", "      stem: " + new string('x', 701));

        Assert.Equal(["questions/q.yaml:24:13: stem is 701 characters; the limit is 700"], content.Errors());
    }

    [Fact]
    public void Check_DecomposedVietnamese_CountsCharactersAsAReaderSeesThem()
    {
        var stem = new string('ạ', 700).Normalize(NormalizationForm.FormD);
        content.Replace(Q, ViStem, "      stem: " + stem);

        // Only the spelling rule objects (NFC); the length rule counts 700 characters, within the limit.
        var error = Assert.Single(content.Errors());
        Assert.Contains("not in Unicode NFC", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("          text: Báo cáo lãnh đạo phụ trách", "text: ", 251, "questions/q.yaml:17:17: option text is 251 characters; the limit is 250")]
    [InlineData("          feedback: Sai, thông tin chưa được kiểm chứng.", "feedback: ", 451, "questions/q.yaml:15:21: feedback is 451 characters; the limit is 450")]
    [InlineData("      explanation: Share only verified information and report false information.", "explanation: ", 701, "questions/q.yaml:35:20: explanation is 701 characters; the limit is 700")]
    public void Check_TextOverLimit_IsAnError(string line, string key, int length, string expected)
    {
        var indent = line[..line.IndexOf(key, StringComparison.Ordinal)];
        content.Replace(Q, line, indent + key + new string('é', length));

        Assert.Equal([expected], content.Errors());
    }
}
