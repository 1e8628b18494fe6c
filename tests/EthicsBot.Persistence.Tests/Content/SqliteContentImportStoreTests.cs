namespace EthicsBot.Persistence.Tests.Content;

using EthicsBot.Persistence.Content;

public sealed class SqliteContentImportStoreTests
{
    [Fact]
    public async Task LatestActiveAsync_TwoImportsOneRolledBack_ReturnsTheOtherWithItsFiles()
    {
        await using var db = await TestDatabase.CreateAsync();
        var store = new SqliteContentImportStore(db.Database);
        var first = await store.AddAsync(Import("c-1", "c-2", new ContentImportFile("questions/a.yaml", "old a", "new a")));
        var second = await store.AddAsync(Import("c-2", "c-3", new ContentImportFile("questions/b.yaml", null, "created b"), new ContentImportFile("questions/c.yaml", "old c", null)));

        var latest = await store.LatestActiveAsync();
        await store.MarkRolledBackAsync(second, TestDatabase.Now);
        var afterRollback = await store.LatestActiveAsync();
        await store.MarkRolledBackAsync(first, TestDatabase.Now);

        Assert.Equal((second, "c-2", "c-3"), (latest!.Id, latest.VersionBefore, latest.VersionAfter));
        Assert.Equal([new ContentImportFile("questions/b.yaml", null, "created b"), new ContentImportFile("questions/c.yaml", "old c", null)], latest.Files);
        Assert.Equal(first, afterRollback!.Id);
        Assert.Equal([new ContentImportFile("questions/a.yaml", "old a", "new a")], afterRollback.Files);
        Assert.Null(await store.LatestActiveAsync());
    }

    private static ContentImportRecord Import(string before, string after, params ContentImportFile[] files) => new()
    {
        ImportedAt = TestDatabase.Now,
        KeyName = "province",
        VersionBefore = before,
        VersionAfter = after,
        Files = files,
    };
}
