namespace EthicsBot.Content.Tests.Loading;

/// <summary>YAML that does not parse is reported with its position, never thrown.</summary>
public sealed class YamlTextTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Load_YamlSyntaxError_ReportsPositionInsteadOfThrowing()
    {
        content.Replace("questions/q.yaml", "    kind: single", "    kind: [single");

        var errors = content.Errors();

        var error = Assert.Single(errors);
        Assert.StartsWith("questions/q.yaml:5:11: YAML syntax error: ", error, StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadIndentation_ReportsLineOfTheProblem()
    {
        content.Replace("topics.yaml", "    aliases: [mxh, social]", "      aliases: [mxh, social]");

        var error = Assert.Single(content.Errors());

        Assert.StartsWith("topics.yaml:5:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SyntaxErrorsInTwoFiles_ReportsBoth()
    {
        content.Replace("topics.yaml", "topics:", "topics: [")
            .Replace("questions/q.yaml", "    kind: single", "    kind: 'single");

        var errors = content.Errors();

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("questions/q.yaml:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("topics.yaml:", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DuplicateKey_IsAnError()
    {
        content.Replace("questions/q.yaml", "    answer: b", "    answer: b\n    answer: c");

        var error = Assert.Single(content.Errors());

        Assert.StartsWith("questions/q.yaml:7:5:", error, StringComparison.Ordinal);
        Assert.Contains("uplicate key", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFile_IsAnError()
    {
        content.Write("questions/empty.yaml", string.Empty);

        Assert.Equal(["questions/empty.yaml:1:1: file is empty"], content.Errors());
    }

    [Fact]
    public void Load_InvalidUtf8_IsAnError()
    {
        File.WriteAllBytes(Path.Combine(content.Root, "questions", "bad.yaml"), [0x74, 0x6f, 0xff, 0x3a]);

        Assert.Equal(["questions/bad.yaml:1:1: file is not valid UTF-8"], content.Errors());
    }

    [Fact]
    public void Load_AliasToUnknownAnchor_ReportsTheAlias()
    {
        content.Replace("questions/q.yaml", "    answer: b", "    answer: *best");

        Assert.Equal(["questions/q.yaml:6:13: YAML syntax error: alias '*best' names no anchor written before it"], content.Errors());
    }

    [Fact]
    public void Load_AnchorAndAlias_AreResolved()
    {
        content.Replace("questions/q.yaml", "    difficulty: 1", "    difficulty: &easy 1")
            .Replace("questions/dilemmas/d.yaml", "    difficulty: 2", "    difficulty: 1");

        Assert.Empty(content.Errors());
    }

    [Fact]
    public void Load_TwoDocumentsInOneFile_IsAnError()
    {
        content.Write("questions/extra.yaml", TestContent.Question.Replace("sm-001", "sm-009", StringComparison.Ordinal) + "\n---\ntopic: integrity");

        Assert.Equal(["questions/extra.yaml:1:1: file must hold exactly one YAML document"], content.Errors());
    }
}
