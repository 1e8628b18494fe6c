namespace EthicsBot.Persistence.Tests.Leaderboards;

using EthicsBot.Persistence.Leaderboards;

public abstract class LeaderboardChannelStoreContract : StoreContract
{
    private static readonly DateOnly Week = new(2026, 3, 2);

    private static LeaderboardChannel Channel(string unit = "hue", string locale = "vi") => new()
    {
        ConversationId = "19:channel@thread.tacv2",
        TenantId = "tenant-1",
        ServiceUrl = "https://smba.trafficmanager.net/apac/",
        ReferenceJson = """{"conversation":{"id":"19:channel@thread.tacv2"}}""",
        UnitId = unit,
        Locale = locale,
        RegisteredAt = TestDatabase.Now,
    };

    [SkippableFact]
    public async Task RegisterAsync_Twice_UpdatesUnitAndKeepsWeekSent()
    {
        await using var db = await CreateAsync();
        var store = db.LeaderboardChannels;

        await store.RegisterAsync(Channel());
        Assert.True(await store.TryClaimWeekAsync("19:channel@thread.tacv2", Week));
        await store.RegisterAsync(Channel("ha-noi", "en"));

        var stored = Assert.Single(await store.ListAsync());
        Assert.Equal("ha-noi", stored.UnitId);
        Assert.Equal("en", stored.Locale);
        Assert.Equal(Week, stored.LastWeekSent);
        Assert.Equal("tenant-1", stored.TenantId);
    }

    [SkippableFact]
    public async Task UnregisterAsync_Registered_RemovesAndReportsWhetherItWasThere()
    {
        await using var db = await CreateAsync();
        var store = db.LeaderboardChannels;
        await store.RegisterAsync(Channel());

        Assert.True(await store.UnregisterAsync("19:channel@thread.tacv2"));
        Assert.False(await store.UnregisterAsync("19:channel@thread.tacv2"));
        Assert.Null(await store.GetAsync("19:channel@thread.tacv2"));
        Assert.Empty(await store.ListAsync());
    }

    [SkippableFact]
    public async Task TryClaimWeekAsync_SameWeekTwiceOrEarlierWeek_OnlyFirstClaimWins()
    {
        await using var db = await CreateAsync();
        var store = db.LeaderboardChannels;
        await store.RegisterAsync(Channel());

        Assert.True(await store.TryClaimWeekAsync("19:channel@thread.tacv2", Week));
        Assert.False(await store.TryClaimWeekAsync("19:channel@thread.tacv2", Week));
        Assert.False(await store.TryClaimWeekAsync("19:channel@thread.tacv2", Week.AddDays(-7)));
        Assert.False(await store.TryClaimWeekAsync("19:unknown", Week));
        Assert.True(await store.TryClaimWeekAsync("19:channel@thread.tacv2", Week.AddDays(7)));
    }

    [SkippableFact]
    public async Task ReleaseWeekAsync_AfterClaim_RestoresPreviousSoTheWeekCanBeClaimedAgain()
    {
        await using var db = await CreateAsync();
        var store = db.LeaderboardChannels;
        await store.RegisterAsync(Channel());
        await store.TryClaimWeekAsync("19:channel@thread.tacv2", Week.AddDays(-7));
        await store.TryClaimWeekAsync("19:channel@thread.tacv2", Week);

        await store.ReleaseWeekAsync("19:channel@thread.tacv2", Week, Week.AddDays(-7));

        Assert.Equal(Week.AddDays(-7), (await store.GetAsync("19:channel@thread.tacv2"))!.LastWeekSent);
        Assert.True(await store.TryClaimWeekAsync("19:channel@thread.tacv2", Week));
    }
}
