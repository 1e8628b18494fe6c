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

        var exitCode = ContentValidateCommand.Run(content.Root, output);

        Assert.Equal(0, exitCode);
        var line = Assert.Single(Lines(output));
        Assert.Matches(@": content c-[0-9a-f]{8} is valid: 2 questions, 2 topics, 2 documents; 0 error\(s\), 0 warning\(s\)$", line);
    }

    [Fact]
    public void Run_Errors_PrintsOneLinePerErrorThenSummaryAndReturnsOne()
    {
        content.Replace("questions/q.yaml", "    difficulty: 1", "    difficulty: 9")
            .Replace("calendar.yaml", "timezone: Asia/Ho_Chi_Minh", "timezone: Nowhere/City");
        var output = new StringWriter();

        var exitCode = ContentValidateCommand.Run(content.Root, output);

        Assert.Equal(1, exitCode);
        var lines = Lines(output);
        Assert.Equal(3, lines.Length);
        Assert.EndsWith("calendar.yaml:1:11: unknown time zone 'Nowhere/City' (use an IANA id such as Asia/Ho_Chi_Minh)", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("q.yaml:4:17: difficulty '9' must be 1, 2 or 3", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(": content is invalid: 2 error(s), 0 warning(s)", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WarningsOnly_PrintsThemAndReturnsZero()
    {
        content.Replace("questions/q.yaml", "      - doc: law-new\n        article: \"14\"", "      - doc: law-new\n      - doc: law-old\n        article: \"10\"");
        var output = new StringWriter();

        var exitCode = ContentValidateCommand.Run(content.Root, output);

        Assert.Equal(0, exitCode);
        var lines = Lines(output);
        Assert.EndsWith("q.yaml:8:7: warning: every article cited is from a superseded document; the answer key must rest on current law", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("0 error(s), 1 warning(s)", lines[1], StringComparison.Ordinal);
    }

    private static string[] Lines(StringWriter output) =>
        output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
