namespace EthicsBot.Content.Tests.Catalog;

using EthicsBot.Content.Catalog;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>Questions learners reported are held back from new sessions, kept for running ones, and come back when cleared.</summary>
public sealed class ContentCatalogProviderQuarantineTests
{
    [Fact]
    public void SetQuarantine_ReportedQuestion_LeavesNewSessionsButStaysFindableUntilCleared()
    {
        var provider = new ContentCatalogProvider(RepositoryContent.Directory, NullLogger<ContentCatalogProvider>.Instance);
        var before = provider.Current;
        var id = before.Questions[3].Id;

        provider.SetQuarantine([id, "no-such-question"]);
        var held = provider.Current;
        provider.Reload();
        var reloaded = provider.Current;
        provider.SetQuarantine([]);
        var cleared = provider.Current;

        Assert.DoesNotContain(held.Questions, q => q.Id == id);
        Assert.Equal(before.Questions.Count - 1, held.Questions.Count);
        Assert.True(held.QuestionsById.ContainsKey(id));
        Assert.Equal([id], held.Quarantined);
        Assert.Equal(before.Version, held.Version);
        Assert.Equal([id], reloaded.Quarantined);
        Assert.Empty(cleared.Quarantined);
        Assert.Contains(cleared.Questions, q => q.Id == id);
    }
}
