namespace EthicsBot.Content.Tests.Catalog;

using EthicsBot.Content.Catalog;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

/// <summary>The live catalog withdraws questions whose law is not in force: at load, at reload and after midnight in Vietnam.</summary>
public sealed class ContentCatalogProviderLawTests : IDisposable
{
    private const string References = "    references:\n      - doc: law-new\n        article: \"14\"\n";
    private const string OldLawOnly = "    references:\n      - doc: law-old\n        article: \"10\"\n";
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Constructor_QuestionOnSupersededLaw_IsWithdrawnNotRefused()
    {
        content.Replace("questions/q.yaml", References, OldLawOnly);

        var provider = new ContentCatalogProvider(content.Root, NullLogger<ContentCatalogProvider>.Instance, At(2026, 12, 7, 9));

        Assert.Equal(["in-001"], provider.Current.Questions.Select(q => q.Id));
        Assert.Equal(["sm-001"], provider.Current.Withdrawn.Select(w => w.QuestionId));
        Assert.True(provider.Current.QuestionsById.ContainsKey("sm-001"));
        Assert.Equal(new DateOnly(2026, 12, 7), provider.Current.AsOf);
    }

    [Fact]
    public void Current_AfterMidnightInVietnam_WithdrawsWhatStoppedApplying()
    {
        content.Replace("questions/q.yaml", References, OldLawOnly);
        // 16:59 UTC on 30 June is 23:59 in Vietnam: the old law still applies for one more minute.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 30, 16, 59, 0, TimeSpan.Zero));
        var provider = new ContentCatalogProvider(content.Root, NullLogger<ContentCatalogProvider>.Instance, time);
        var before = provider.Current;

        time.Advance(TimeSpan.FromMinutes(2));
        var after = provider.Current;

        Assert.Contains(before.Questions, q => q.Id == "sm-001");
        Assert.DoesNotContain(after.Questions, q => q.Id == "sm-001");
        Assert.Equal(new DateOnly(2025, 7, 1), after.AsOf);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public void Current_SameDay_ReturnsTheSameSnapshot()
    {
        var time = At(2026, 12, 7, 1);
        var provider = new ContentCatalogProvider(content.Root, NullLogger<ContentCatalogProvider>.Instance, time);
        var first = provider.Current;

        time.Advance(TimeSpan.FromHours(10));

        Assert.Same(first, provider.Current);
    }

    [Fact]
    public void Reload_ToContentCitingOnlySupersededLaw_SwapsInAndWithdraws()
    {
        var provider = new ContentCatalogProvider(content.Root, NullLogger<ContentCatalogProvider>.Instance, At(2026, 12, 7, 9));
        content.Replace("questions/q.yaml", References, OldLawOnly);

        var result = provider.Reload();

        Assert.True(result.IsValid);
        Assert.Equal(["sm-001"], provider.Current.Withdrawn.Select(w => w.QuestionId));
        Assert.Same(provider.Current, result.Catalog);
    }

    private static FakeTimeProvider At(int year, int month, int day, int hourUtc) =>
        new(new DateTimeOffset(year, month, day, hourUtc, 0, 0, TimeSpan.Zero));
}
