namespace EthicsBot.Content.Tests.Catalog;

using EthicsBot.Content.Catalog;

[Collection(CurrentDirectoryCollection.Name)]
public sealed class ContentPathTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Resolve_RootedPath_IsKept()
    {
        Assert.Equal(content.Root, ContentPath.Resolve(content.Root, "/somewhere/else"));
    }

    [Fact]
    public void Resolve_RelativePathUnderContentRoot_UsesContentRoot()
    {
        var root = Path.GetDirectoryName(content.Root)!;

        Assert.Equal(content.Root, ContentPath.Resolve(Path.GetFileName(content.Root), root));
    }

    [Fact]
    public void Resolve_RelativePathMissingUnderContentRoot_FallsBackToCurrentDirectory()
    {
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(Path.GetDirectoryName(content.Root)!);

            Assert.Equal(content.Root, ContentPath.Resolve(Path.GetFileName(content.Root), Path.Combine(content.Root, "questions")));
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }
}
