namespace EthicsBot.Content.Tests.Loading;

using EthicsBot.Content.Loading;

[Collection(CurrentDirectoryCollection.Name)]
public sealed class ContentLoaderPathTests : IDisposable
{
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Load_RelativeDirectory_PrintsPathsAsGiven()
    {
        content.Replace("questions/q.yaml", "    kind: single", "    kind: singel");
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(Path.GetDirectoryName(content.Root)!);
            var error = Assert.Single(ContentLoader.Load(Path.GetFileName(content.Root)).Errors);

            Assert.Equal(Path.Combine(Path.GetFileName(content.Root), "questions", "q.yaml"), error.Path);
            Assert.Equal($"{error.Path}:5:11: kind 'singel' must be single or dilemma", error.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
    }
}
