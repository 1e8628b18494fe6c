namespace EthicsBot.Content.Tests.Catalog;

using EthicsBot.Content.Catalog;
using Microsoft.Extensions.Logging.Abstractions;

public sealed class ContentCatalogProviderTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Constructor_ValidContent_ServesCatalog()
    {
        var provider = new ContentCatalogProvider(content.Root, NullLogger<ContentCatalogProvider>.Instance);

        Assert.Equal(2, provider.Current.Questions.Count);
        Assert.Equal(content.Root, provider.Directory);
    }

    [Fact]
    public void Constructor_InvalidContent_ThrowsWithEveryErrorLine()
    {
        content.Replace("questions/q.yaml", "    difficulty: 1", "    difficulty: 5")
            .Replace("questions/q.yaml", "    answer: b", "    answer: z");

        var ex = Assert.Throws<ContentLoadException>(() => new ContentCatalogProvider(content.Root, NullLogger<ContentCatalogProvider>.Instance));

        Assert.Equal(2, ex.Errors.Count);
        var q = Path.Combine(content.Root, "questions", "q.yaml");
        Assert.Contains($"{q}:4:17: difficulty '5' must be 1, 2 or 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"{q}:6:13: answer 'z' is not one of the options (a, b, c)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_BadContent_KeepsOldCatalogAndReturnsErrors()
    {
        var provider = new ContentCatalogProvider(content.Root, NullLogger<ContentCatalogProvider>.Instance);
        var before = provider.Current;
        content.Replace("questions/q.yaml", "    kind: single", "    kind: [single");

        var result = provider.Reload();

        Assert.False(result.IsValid);
        Assert.Null(result.Catalog);
        Assert.StartsWith("questions/q.yaml:5:11:", content.Errors()[0], StringComparison.Ordinal);
        Assert.NotEmpty(result.Errors);
        Assert.Same(before, provider.Current);
    }

    [Fact]
    public void Reload_GoodChange_SwapsInNewVersion()
    {
        var provider = new ContentCatalogProvider(content.Root, NullLogger<ContentCatalogProvider>.Instance);
        var before = provider.Current;
        content.Replace("questions/q.yaml", "    difficulty: 1", "    difficulty: 3");

        var result = provider.Reload();

        Assert.True(result.IsValid);
        Assert.Same(result.Catalog, provider.Current);
        Assert.NotEqual(before.Version, provider.Current.Version);
        Assert.Equal(3, provider.Current.QuestionsById["sm-001"].Difficulty);
        Assert.Equal(1, before.QuestionsById["sm-001"].Difficulty);
    }
}
