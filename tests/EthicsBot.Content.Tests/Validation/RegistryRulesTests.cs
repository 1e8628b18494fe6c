namespace EthicsBot.Content.Tests.Validation;

public sealed class RegistryRulesTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Check_DuplicateDocumentId_IsAnError()
    {
        content.Replace("references.yaml", "  - id: law-old", "  - id: law-new");

        Assert.Contains("references.yaml:7:9: duplicate document id 'law-new' (first defined at references.yaml:2:9)", content.Errors());
    }

    [Fact]
    public void Check_DuplicateAcrossRegistryFiles_IsAnError()
    {
        content.Write("references/more.yaml", "documents:\n  - id: law-new\n    number: 1/2026/QH16\n    title: { vi: Luật, en: Law }\n    effective: 2026-01-01\n");

        Assert.Contains("references/more.yaml:2:9: duplicate document id 'law-new' (first defined at references.yaml:2:9)", content.Errors());
    }

    [Fact]
    public void Check_StatusTypedByHand_IsAnUnknownKey()
    {
        content.Replace("references.yaml", "    effective: 2025-07-01\n  - id: law-old", "    effective: 2025-07-01\n    status: in-force\n  - id: law-old");

        Assert.Contains(content.Errors(), e => e.StartsWith("references.yaml:7:5: unknown key 'status'", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReplacementWithoutDate_IsAnError()
    {
        content.Replace("references.yaml", "    superseded_on: 2025-07-01\n", string.Empty);

        Assert.Equal(["references.yaml:11:18: a replaced document needs superseded_on (the first day the replacement applies)"], content.Errors());
    }

    [Fact]
    public void Check_RepealedWithoutReplacement_IsAccepted()
    {
        content.Replace("references.yaml", "    replaced_by: law-new\n", string.Empty);

        Assert.Empty(content.Errors());
    }

    [Fact]
    public void Check_ReplacementNotInRegistry_IsAnError()
    {
        content.Replace("references.yaml", "    replaced_by: law-new", "    replaced_by: law-newer");

        Assert.Contains("references.yaml:11:18: replaced_by 'law-newer' is not a document in the registry", content.Errors());
    }

    [Fact]
    public void Check_ReplacementTakingEffectOnAnotherDay_IsAWarning()
    {
        content.Replace("references.yaml", "    superseded_on: 2025-07-01", "    superseded_on: 2025-08-01");

        Assert.Empty(content.Errors());
        Assert.Contains("references.yaml:11:18: 'law-new' takes effect on 2025-07-01 but this document is superseded on 2025-08-01; one of the dates is likely wrong", content.Warnings());
    }

    [Fact]
    public void Check_SupersededBeforeItTookEffect_IsAnError()
    {
        content.Replace("references.yaml", "    effective: 2010-01-01", "    effective: 2026-01-01");

        Assert.Contains("references.yaml:12:20: superseded_on 2025-07-01 is not after the day it took effect (2026-01-01)", content.Errors());
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

        Assert.Equal(["references.yaml:12:20: '2025-02-30' is not a valid date; write YYYY-MM-DD"], content.Errors());
    }

    [Fact]
    public void Check_EffectiveBeforeIssued_IsAnError()
    {
        content.Replace("references.yaml", "    effective: 2025-07-01", "    effective: 2025-01-01");

        Assert.Equal(["references.yaml:6:16: effective date 2025-01-01 is before the issue date 2025-06-24"], content.Errors());
    }

    [Fact]
    public void Check_ArticlesWithAnotherValue_IsAnError()
    {
        content.Replace("references.yaml", "    effective: 2025-07-01\n", "    effective: 2025-07-01\n    articles: maybe\n");

        Assert.Equal(["references.yaml:7:15: articles 'maybe' must be 'unconfirmed' (or left out)"], content.Errors());
    }

    [Fact]
    public void Check_ReplacingItself_IsAnError()
    {
        content.Replace("references.yaml", "    replaced_by: law-new", "    replaced_by: law-old");

        Assert.Contains("references.yaml:11:18: a document cannot replace itself", content.Errors());
    }

    [Fact]
    public void Check_ReplacementLoop_IsAnError()
    {
        content.Replace("references.yaml", "    effective: 2025-07-01\n", "    effective: 2025-07-01\n    replaced_by: law-old\n    superseded_on: 2025-08-01\n");

        Assert.Contains(content.Errors(), e => e.StartsWith("references.yaml:7:18: replaced_by forms a loop", StringComparison.Ordinal));
    }
}
