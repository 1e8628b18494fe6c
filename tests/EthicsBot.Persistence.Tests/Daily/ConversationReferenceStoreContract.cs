namespace EthicsBot.Persistence.Tests.Daily;

using EthicsBot.Persistence.Daily;

public abstract class ConversationReferenceStoreContract : StoreContract
{
    private const string ReferenceJson = """{"conversation":{"id":"a:chat"},"serviceUrl":"https://smba.example/apac/"}""";

    [SkippableFact]
    public async Task UpsertAsync_NewUser_GetReturnsStoredReference()
    {
        await using var db = await CreateAsync();

        await db.References.UpsertAsync("29:u1", "tenant-1", "https://smba.example/apac/", "a:chat", ReferenceJson, TestDatabase.Now);

        Assert.Equal(
            new StoredConversationReference
            {
                UserId = "29:u1",
                TenantId = "tenant-1",
                ServiceUrl = "https://smba.example/apac/",
                ConversationId = "a:chat",
                ReferenceJson = ReferenceJson,
                UpdatedAt = TestDatabase.Now,
            },
            await db.References.GetAsync("29:u1"));
    }

    [SkippableFact]
    public async Task UpsertAsync_ExistingUser_ReplacesReference()
    {
        await using var db = await CreateAsync();
        await db.References.UpsertAsync("29:u1", "tenant-1", "https://old.example/", "a:old", "{}", TestDatabase.Now);

        await db.References.UpsertAsync("29:u1", null, "https://new.example/", "a:new", ReferenceJson, TestDatabase.Now.AddDays(1));

        var stored = await db.References.GetAsync("29:u1");
        Assert.Equal(("https://new.example/", "a:new", ReferenceJson, (string?)null, TestDatabase.Now.AddDays(1)),
            (stored!.ServiceUrl, stored.ConversationId, stored.ReferenceJson, stored.TenantId, stored.UpdatedAt));
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM conversation_references"));
    }

    [SkippableFact]
    public async Task GetAsync_UnknownUser_ReturnsNull()
    {
        await using var db = await CreateAsync();

        Assert.Null(await db.References.GetAsync("29:nobody"));
    }
}
