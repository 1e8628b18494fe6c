namespace EthicsBot.Persistence.Tests.Admin;

using EthicsBot.Persistence.Admin;

public abstract class AdminAuditStoreContract : StoreContract
{
    private static AdminAuditEntry Entry(int minute, string key, string? unit = null, AdminOutcome outcome = AdminOutcome.Ok) => new()
    {
        At = TestDatabase.Now.AddMinutes(minute),
        KeyName = key,
        Unit = unit,
        Action = "content.reload",
        Outcome = outcome,
        Status = outcome == AdminOutcome.Ok ? 200 : 422,
        Detail = "version v" + minute,
    };

    [SkippableFact]
    public async Task AppendAsync_ThenList_ReturnsEntriesNewestFirstAsWritten()
    {
        await using var db = await CreateAsync();
        var store = db.Audit;
        var first = await store.AppendAsync(Entry(1, "province"));
        var second = await store.AppendAsync(Entry(2, "default", outcome: AdminOutcome.Refused));

        var listed = await store.ListAsync(10);

        Assert.Equal([Entry(2, "default", outcome: AdminOutcome.Refused) with { Id = second }, Entry(1, "province") with { Id = first }], listed);
    }

    [SkippableFact]
    public async Task ListAsync_BeforeAndUnit_PagesAndFilters()
    {
        await using var db = await CreateAsync();
        var store = db.Audit;
        for (var i = 1; i <= 5; i++)
        {
            await store.AppendAsync(Entry(i, i % 2 == 0 ? "hue" : "province", i % 2 == 0 ? "unit-hue" : null));
        }

        var page1 = await store.ListAsync(2);
        var page2 = await store.ListAsync(2, page1[^1].Id);
        var hue = await store.ListAsync(10, unit: "unit-hue");

        Assert.Equal(["version v5", "version v4"], page1.Select(e => e.Detail));
        Assert.Equal(["version v3", "version v2"], page2.Select(e => e.Detail));
        Assert.Equal(["version v4", "version v2"], hue.Select(e => e.Detail));
    }
}
