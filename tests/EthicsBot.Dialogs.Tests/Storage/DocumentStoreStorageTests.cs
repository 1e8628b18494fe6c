namespace EthicsBot.Dialogs.Tests.Storage;

using EthicsBot.Dialogs.Storage;
using EthicsBot.Dialogs.Tests.Fakes;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

public sealed class DocumentStoreStorageTests
{
    [Fact]
    public async Task WriteThenRead_RoundTripsTheItemWithItsETag()
    {
        var documents = new InMemoryDocumentStore();
        var storage = new DocumentStoreStorage(documents);

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Name = "Lan", Count = 2 } });
        var read = await storage.ReadAsync(["k", "missing"]);

        var item = Assert.IsType<JObject>(Assert.Single(read).Value);
        Assert.Equal("Lan", (string?)item["Name"]);
        Assert.Equal(2, (int?)item["Count"]);
        Assert.Equal(documents.Documents["k"].ETag, (string?)item["eTag"]);
        Assert.DoesNotContain("etag", documents.Documents["k"].Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Write_StoreItemWithStaleETag_ThrowsEtagConflict()
    {
        var storage = new DocumentStoreStorage(new InMemoryDocumentStore());
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Name = "v1", ETag = "*" } });
        var current = (string)((JObject)(await storage.ReadAsync(["k"]))["k"])["eTag"]!;
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Name = "v2", ETag = current } });

        var stale = new Dictionary<string, object> { ["k"] = new Item { Name = "v3", ETag = current } };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(stale));
        Assert.Contains("Etag conflict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_RemovesTheDocument()
    {
        var documents = new InMemoryDocumentStore();
        var storage = new DocumentStoreStorage(documents);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Item { Name = "x" } });

        await storage.DeleteAsync(["k"]);

        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task ConversationState_OverDocumentStore_KeepsTheQuizAcrossTurns()
    {
        using var bot = await new BotHarness(stateInDocumentStore: true).InstalledAsync();
        await bot.SayAsync("quiz");

        var answered = Assert.Single(CardReader.Cards(await bot.SayAsync("b")));
        var next = Assert.Single(CardReader.Cards(await bot.SayAsync("tiếp")));

        Assert.Contains("Câu 1/5", CardReader.Text(answered), StringComparison.Ordinal);
        Assert.Contains("Câu 2/5", CardReader.Text(next), StringComparison.Ordinal);
        Assert.Contains(bot.Documents.Documents.Keys, k => k.Contains("a:personal-lan", StringComparison.Ordinal));
    }

    private sealed class Item : IStoreItem
    {
        public string? Name { get; set; }
        public int Count { get; set; }
        public string? ETag { get; set; }
    }
}
