namespace EthicsBot.Content.Tests.Catalog;

using EthicsBot.Content.Catalog;

public sealed class ContentVersionTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Compute_SameFiles_GivesSameShortVersion()
    {
        var first = ContentVersion.Compute(content.Root);

        Assert.Matches("^c-[0-9a-f]{8}$", first);
        Assert.Equal(first, ContentVersion.Compute(content.Root));
        Assert.Equal(first, content.Load().Catalog!.Version);
    }

    [Fact]
    public void Compute_OneByteChanged_GivesNewVersion()
    {
        var before = ContentVersion.Compute(content.Root);

        content.Replace("questions/q.yaml", "Chị Lan", "Chị Lâm");

        Assert.NotEqual(before, ContentVersion.Compute(content.Root));
    }

    [Fact]
    public void Compute_FileRenamed_GivesNewVersion()
    {
        var before = ContentVersion.Compute(content.Root);

        File.Move(Path.Combine(content.Root, "questions", "q.yaml"), Path.Combine(content.Root, "questions", "r.yaml"));

        Assert.NotEqual(before, ContentVersion.Compute(content.Root));
    }

    [Fact]
    public void Compute_SameFilesInAnotherFolder_GivesSameVersion()
    {
        using var copy = new TestContent();

        Assert.Equal(ContentVersion.Compute(content.Root), ContentVersion.Compute(copy.Root));
    }

    [Fact]
    public void Compute_NonContentFileAdded_KeepsVersion()
    {
        var before = ContentVersion.Compute(content.Root);

        content.Write("questions/NOTES.md", "drafts");

        Assert.Equal(before, ContentVersion.Compute(content.Root));
    }
}
