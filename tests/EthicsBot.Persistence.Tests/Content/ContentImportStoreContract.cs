namespace EthicsBot.Persistence.Tests.Content;

using EthicsBot.Persistence.Content;

public abstract class ContentImportStoreContract : StoreContract
{
    [SkippableFact]
    public async Task AddAsync_ThenLatestActive_ReturnsTheImportWithItsFilesUntilRolledBack()
    {
        await using var db = await CreateAsync();
        var older = await db.Imports.AddAsync(Record("c-1", "c-2", new ContentImportFile("questions/a.yaml", "old", "new")));
        var newer = await db.Imports.AddAsync(Record("c-2", "c-3",
            new ContentImportFile("topics.yaml", null, "created"), new ContentImportFile("questions/b.yaml", "gone", null)));

        var latest = await db.Imports.LatestActiveAsync();
        Assert.Equal((newer, "c-2", "c-3"), (latest!.Id, latest.VersionBefore, latest.VersionAfter));
        Assert.Equal([new ContentImportFile("questions/b.yaml", "gone", null), new ContentImportFile("topics.yaml", null, "created")], latest.Files);

        await db.Imports.MarkRolledBackAsync(newer, TestDatabase.Now.AddHours(1));
        Assert.Equal(older, (await db.Imports.LatestActiveAsync())!.Id);
        await db.Imports.MarkRolledBackAsync(older, TestDatabase.Now.AddHours(2));
        Assert.Null(await db.Imports.LatestActiveAsync());
    }

    private static ContentImportRecord Record(string before, string after, params ContentImportFile[] files) => new()
    {
        ImportedAt = TestDatabase.Now,
        KeyName = "province",
        VersionBefore = before,
        VersionAfter = after,
        Files = files,
    };
}
