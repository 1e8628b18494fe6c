namespace EthicsBot.Persistence.Tests.Documents;

using EthicsBot.Persistence.Documents;

public abstract class DocumentStoreContract : StoreContract
{
    [SkippableFact]
    public async Task WriteAsync_NewKey_ReadReturnsJsonAndETag()
    {
        await using var db = await CreateAsync();

        var etag = await db.Documents.WriteAsync("msteams/users/u1", """{"step":1}""", null);

        var read = await db.Documents.ReadAsync(["msteams/users/u1"]);
        Assert.Equal(new StoredDocument("msteams/users/u1", """{"step":1}""", etag), read["msteams/users/u1"]);
    }

    [SkippableFact]
    public async Task WriteAsync_MatchingETag_UpdatesAndIssuesNewETag()
    {
        await using var db = await CreateAsync();
        var first = await db.Documents.WriteAsync("k", "1", null);

        var second = await db.Documents.WriteAsync("k", "2", first);

        Assert.NotEqual(first, second);
        Assert.Equal("2", (await db.Documents.ReadAsync(["k"]))["k"].Json);
    }

    [SkippableFact]
    public async Task WriteAsync_StaleETag_ThrowsConflictAndKeepsStoredDocument()
    {
        await using var db = await CreateAsync();
        var stale = await db.Documents.WriteAsync("k", "1", null);
        var current = await db.Documents.WriteAsync("k", "2", stale);

        var conflict = await Assert.ThrowsAsync<ETagConflictException>(() => db.Documents.WriteAsync("k", "3", stale));

        Assert.Equal("k", conflict.Key);
        Assert.Equal(new StoredDocument("k", "2", current), (await db.Documents.ReadAsync(["k"]))["k"]);
    }

    [SkippableTheory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task WriteAsync_WildcardOrNoETag_OverwritesWhateverIsStored(string? expected)
    {
        await using var db = await CreateAsync();
        await db.Documents.WriteAsync("k", "1", null);

        var etag = await db.Documents.WriteAsync("k", "2", expected);

        Assert.Equal(new StoredDocument("k", "2", etag), (await db.Documents.ReadAsync(["k"]))["k"]);
    }

    [SkippableFact]
    public async Task WriteAsync_ETagForMissingKey_CreatesDocumentAsBotBuilderMemoryStorageDoes()
    {
        await using var db = await CreateAsync();

        var etag = await db.Documents.WriteAsync("k", "1", "etag-from-a-deleted-version");

        Assert.Equal(etag, (await db.Documents.ReadAsync(["k"]))["k"].ETag);
    }

    [SkippableFact]
    public async Task WriteAsync_ConcurrentWritersWithSameETag_ExactlyOneWins()
    {
        await using var db = await CreateAsync();
        var etag = await db.Documents.WriteAsync("k", "0", null);

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                await db.Documents.WriteAsync("k", i.ToString(System.Globalization.CultureInfo.InvariantCulture), etag);
                return true;
            }
            catch (ETagConflictException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
    }

    [SkippableFact]
    public async Task ReadAsync_MixOfKnownAndUnknownKeys_ReturnsOnlyStored()
    {
        await using var db = await CreateAsync();
        await db.Documents.WriteAsync("a", "1", null);
        await db.Documents.WriteAsync("b", "2", null);

        var read = await db.Documents.ReadAsync(["a", "missing", "b", "a"]);

        Assert.Equal(["a", "b"], read.Keys.Order());
        Assert.Empty(await db.Documents.ReadAsync([]));
    }

    [SkippableFact]
    public async Task ReadAsync_MoreKeysThanOneQuery_ReadsAll()
    {
        await using var db = await CreateAsync();
        var keys = Enumerable.Range(0, 1200).Select(i => $"key-{i}").ToArray();
        foreach (var key in keys.Where((_, i) => i % 100 == 0))
        {
            await db.Documents.WriteAsync(key, "{}", null);
        }

        var read = await db.Documents.ReadAsync(keys);

        Assert.Equal(12, read.Count);
    }

    [SkippableFact]
    public async Task DeleteAsync_SomeKeys_RemovesOnlyThose()
    {
        await using var db = await CreateAsync();
        await db.Documents.WriteAsync("a", "1", null);
        await db.Documents.WriteAsync("b", "2", null);

        await db.Documents.DeleteAsync(["a", "never-written"]);
        await db.Documents.DeleteAsync([]);

        Assert.Equal(["b"], (await db.Documents.ReadAsync(["a", "b"])).Keys);
    }

    [SkippableFact]
    public async Task TryCreateAsync_ManyCallersAtOnce_ExactlyOneCreatesAndTheDocumentIsTheirs()
    {
        await using var db = await CreateAsync();

        var created = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => db.Documents.TryCreateAsync("welcome/a:chat", $"{{\"by\":{i}}}"))));

        var winner = Assert.Single(Enumerable.Range(0, 10), i => created[i]);
        Assert.Equal($"{{\"by\":{winner}}}", (await db.Documents.ReadAsync(["welcome/a:chat"]))["welcome/a:chat"].Json);
        Assert.False(await db.Documents.TryCreateAsync("welcome/a:chat", "{}"));
    }
}
