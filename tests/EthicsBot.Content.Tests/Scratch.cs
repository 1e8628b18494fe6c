namespace EthicsBot.Content.Tests;
using Xunit.Abstractions;
public sealed class ScratchTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("    kind: single", "    kind: [single")]
    [InlineData("    kind: single", "    kind: 'single")]
    [InlineData("    kind: single", "    kind: \"single")]
    [InlineData("    answer: b", "    answer: b\n    answer: c")]
    [InlineData("    answer: b", "    answer: b\n   oops: c")]
    [InlineData("    answer: b", "    answer: b: c")]
    [InlineData("    answer: b", "    answer: *x")]
    [InlineData("    answer: b", "\tanswer: b")]
    [InlineData("    answer: b", "    answer: {b")]
    public void Show(string a, string b)
    {
        using var c = new TestContent();
        c.Replace("questions/q.yaml", a, b);
        foreach (var e in c.Errors()) output.WriteLine(e);
        Assert.True(true);
    }
}
