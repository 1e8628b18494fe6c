namespace EthicsBot.Dialogs.Tests.Storage;

using EthicsBot.Dialogs.Storage;
using EthicsBot.Dialogs.Tests.Fakes;
using Newtonsoft.Json.Linq;

public sealed class StateETagTests
{
    [Fact]
    public async Task Write_StateDictionaryReadBeforeAnotherWriter_ThrowsEtagConflict()
    {
        // Two instances read the same conversation state; the first saves, the second's save must not win silently.
        var storage = new DocumentStoreStorage(new InMemoryDocumentStore());
        await storage.WriteAsync(new Dictionary<string, object> { ["conv"] = new Dictionary<string, object> { ["step"] = 1 } });
        var first = ((JObject)(await storage.ReadAsync(["conv"]))["conv"]).ToObject<Dictionary<string, object>>()!;
        var second = ((JObject)(await storage.ReadAsync(["conv"]))["conv"]).ToObject<Dictionary<string, object>>()!;
        first["step"] = 2;
        second["step"] = 3;

        await storage.WriteAsync(new Dictionary<string, object> { ["conv"] = first });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => storage.WriteAsync(new Dictionary<string, object> { ["conv"] = second }));

        Assert.Contains("Etag conflict", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (int?)((JObject)(await storage.ReadAsync(["conv"]))["conv"])["step"]);
    }

    [Fact]
    public async Task Write_SameStateTwiceInATurn_SecondSaveIsCurrent()
    {
        var storage = new DocumentStoreStorage(new InMemoryDocumentStore());
        await storage.WriteAsync(new Dictionary<string, object> { ["conv"] = new Dictionary<string, object> { ["step"] = 1 } });
        var state = ((JObject)(await storage.ReadAsync(["conv"]))["conv"]).ToObject<Dictionary<string, object>>()!;

        state["step"] = 2;
        await storage.WriteAsync(new Dictionary<string, object> { ["conv"] = state });
        state["step"] = 3;
        await storage.WriteAsync(new Dictionary<string, object> { ["conv"] = state });

        Assert.Equal(3, (int?)((JObject)(await storage.ReadAsync(["conv"]))["conv"])["step"]);
    }
}
