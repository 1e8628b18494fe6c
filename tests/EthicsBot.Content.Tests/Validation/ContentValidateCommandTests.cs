namespace EthicsBot.Content.Tests.Validation;

using EthicsBot.Content.Validation;

public sealed class ContentValidateCommandTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Run_ValidContent_PrintsSummaryAndReturnsZero()
    {
        var output = new StringWriter();

        var exitCode = ContentValidateCommand.Run(content.Root, output, new DateOnly(2026, 12, 7));

        Assert.Equal(0, exitCode);
        var lines = Lines(output);
        Assert.Equal(2, lines.Length);
        Assert.Equal("Checked against the law in force on 2026-12-07 (changes up to 2027-02-05 are warnings).", lines[0]);
        var line = lines[1];
        Assert.Matches(@": content c-[0-9a-f]{8} is valid: 2 questions, 2 topics, 2 documents; 0 error\(s\), 0 warning\(s\)$", line);
    }

    [Fact]
    public void Run_Errors_PrintsOneLinePerErrorThenSummaryAndReturnsOne()
    {
        content.Replace("questions/q.yaml", "    difficulty: 1", "    difficulty: 9")
            .Replace("calendar.yaml", "timezone: Asia/Ho_Chi_Minh", "timezone: Nowhere/City");
        var output = new StringWriter();

        var exitCode = ContentValidateCommand.Run(content.Root, output, new DateOnly(2026, 12, 7));

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal(4, lines.Length);
        lines = lines[1..];
        Assert.EndsWith("calendar.yaml:1:11: unknown time zone 'Nowhere/City' (use an IANA id such as Asia/Ho_Chi_Minh)", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("q.yaml:4:17: difficulty '9' must be 1, 2 or 3", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(": content is invalid: 2 error(s), 0 warning(s)", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_QuestionOnSupersededLaw_IsAnErrorAtItsId()
    {
        content.Replace("questions/q.yaml", "      - doc: law-new\n        article: \"14\"", "      - doc: law-old\n        article: \"10\"");
        var output = new StringWriter();

        var exitCode = ContentValidateCommand.Run(content.Root, output, new DateOnly(2026, 12, 7));

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.EndsWith("q.yaml:3:9: sm-001 rests on 22/2008/QH12 (law-old), no longer in force since 2025-07-01, replaced by 80/2025/QH15 (law-new); on 2026-12-07 the bot withdraws it until it is updated", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(": content is invalid: 1 error(s), 0 warning(s)", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AtADayBeforeAChange_WarnsAboutQuestionsItTouches()
    {
        content.Replace("questions/q.yaml", "      - doc: law-new\n        article: \"14\"", "      - doc: law-old\n        article: \"10\"");
        var output = new StringWriter();

        var exitCode = ContentValidateCommand.Run(content.Root, output, new DateOnly(2025, 6, 15));

        var lines = Lines(output);
        Assert.Equal(1, exitCode);
        Assert.Contains(lines, l => l.EndsWith("q.yaml:3:9: warning: sm-001 is affected by a change on 2025-07-01: 22/2008/QH12 (law-old) stops applying, replaced by 80/2025/QH15 (law-new)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("in-001 rests on 80/2025/QH15 (law-new), not in force until 2025-07-01", StringComparison.Ordinal));
    }

    private static string[] Lines(StringWriter output) =>
        output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
