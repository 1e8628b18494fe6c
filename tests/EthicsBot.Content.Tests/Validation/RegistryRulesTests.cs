namespace EthicsBot.Content.Tests.Validation;

public sealed class RegistryRulesTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Check_DuplicateDocumentId_IsAnError()
    {
        content.Replace("references.yaml", "  - id: law-old", "  - id: law-new");

        Assert.Contains("references.yaml:8:9: duplicate document id 'law-new' (first defined at references.yaml:2:9)", content.Errors());
    }

    [Fact]
    public void Check_UnknownStatus_IsAnError()
    {
        content.Replace("references.yaml", "    status: in-force", "    status: active");

        Assert.Equal(["references.yaml:7:13: status 'active' must be in-force or superseded"], content.Errors());
    }

    [Fact]
    public void Check_SupersededWithoutReplacement_IsAnError()
    {
        content.Replace("references.yaml", "    superseded_by: law-new\n", string.Empty);

        Assert.Equal(["references.yaml:11:13: a superseded document needs superseded_by (the registry id of its replacement)"], content.Errors());
    }

    [Fact]
    public void Check_ReplacementNotInRegistry_IsAnError()
    {
        content.Replace("references.yaml", "    superseded_by: law-new", "    superseded_by: law-newer");

        Assert.Contains("references.yaml:12:20: superseded_by 'law-newer' is not a document in the registry", content.Errors());
    }

    [Fact]
    public void Check_SupersededWithoutDate_IsAnError()
    {
        content.Replace("references.yaml", "    superseded_on: 2025-07-01\n", string.Empty);

        Assert.Equal(["references.yaml:11:13: a superseded document needs superseded_on (the switch-over date)"], content.Errors());
    }

    [Fact]
    public void Check_InForceWithReplacement_IsAnError()
    {
        content.Replace("references.yaml", "    effective: 2025-07-01\n    status: in-force", "    effective: 2025-07-01\n    status: in-force\n    superseded_by: law-old");

        Assert.Contains("references.yaml:8:20: an in-force document has no superseded_by or superseded_on; set status: superseded", content.Errors());
    }

    [Fact]
    public void Check_InvalidDate_IsAnError()
    {
        content.Replace("references.yaml", "    issued: 2025-06-24", "    issued: 24/06/2025");

        Assert.Equal(["references.yaml:5:13: '24/06/2025' is not a valid date; write YYYY-MM-DD"], content.Errors());
    }

    [Fact]
    public void Check_ImpossibleDate_IsAnError()
    {
        content.Replace("references.yaml", "    superseded_on: 2025-07-01", "    superseded_on: 2025-02-30");

        Assert.Equal(["references.yaml:13:20: '2025-02-30' is not a valid date; write YYYY-MM-DD"], content.Errors());
    }

    [Fact]
    public void Check_EffectiveBeforeIssued_IsAnError()
    {
        content.Replace("references.yaml", "    effective: 2025-07-01", "    effective: 2025-01-01");

        Assert.Equal(["references.yaml:6:16: effective date 2025-01-01 is before the issue date 2025-06-24"], content.Errors());
    }

    [Fact]
    public void Check_SupersedingItself_IsAnError()
    {
        content.Replace("references.yaml", "    superseded_by: law-new", "    superseded_by: law-old");

        Assert.Contains("references.yaml:12:20: a document cannot supersede itself", content.Errors());
    }

    [Fact]
    public void Check_SupersessionLoop_IsAnError()
    {
        content.Replace("references.yaml", "    status: in-force", "    status: superseded\n    superseded_by: law-old\n    superseded_on: 2025-07-01");

        var errors = content.Errors();

        Assert.Contains(errors, e => e.StartsWith("references.yaml:8:20: superseded_by forms a loop", StringComparison.Ordinal));
    }
}
