namespace EthicsBot.Content.Tests.Reporting;

using EthicsBot.Content.Reporting;

public sealed class ContentReportCommandTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Run_ValidContent_PrintsReportAndReturnsZero()
    {
        var output = new StringWriter();

        var exitCode = ContentReportCommand.Run(content.Root, output, new DateOnly(2026, 12, 7));

        Assert.Equal(0, exitCode);
        Assert.Contains("Questions by topic, difficulty (1-3) and kind", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidContent_PrintsErrorsAndReturnsOne()
    {
        content.Replace("questions/q.yaml", "    answer: b", "    answer: e");
        var output = new StringWriter();

        var exitCode = ContentReportCommand.Run(content.Root, output, new DateOnly(2026, 12, 7));

        Assert.Equal(1, exitCode);
        Assert.Contains("q.yaml:6:13: answer 'e' is not one of the options (a, b, c)", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Questions by topic", output.ToString(), StringComparison.Ordinal);
    }
}
