namespace EthicsBot.Persistence.Tests.Daily;

using EthicsBot.Domain.Daily;

public abstract class DailySubscriptionStoreContract : StoreContract
{
    private static readonly DailySettings Custom = new()
    {
        Enabled = true,
        DeliverAt = new TimeOnly(7, 45),
        TimeZone = "Asia/Bangkok",
        PausedUntil = new DateOnly(2026, 3, 9),
        AutoPaused = false,
    };

    [SkippableFact]
    public async Task GetAsync_NeverSaved_ReturnsNull()
    {
        await using var db = await CreateAsync();

        Assert.Null(await db.Subscriptions.GetAsync("29:u1"));
    }

    [SkippableFact]
    public async Task UpsertAsync_Settings_GetReturnsThemReachable()
    {
        await using var db = await CreateAsync();

        await db.Subscriptions.UpsertAsync("29:u1", Custom);

        var stored = await db.Subscriptions.GetAsync("29:u1");
        Assert.Equal(Custom, stored!.Settings);
        Assert.False(stored.Unreachable);
        Assert.Null(stored.UnreachableReason);
    }

    [SkippableFact]
    public async Task UpsertAsync_UnreachableUser_ChangesSettingsAndKeepsFlag()
    {
        await using var db = await CreateAsync();
        await db.Subscriptions.MarkUnreachableAsync("29:u1", "MessageWritesBlocked", TestDatabase.Now);

        await db.Subscriptions.UpsertAsync("29:u1", Custom with { Enabled = false, AutoPaused = true });

        var stored = await db.Subscriptions.GetAsync("29:u1");
        Assert.Equal(Custom with { Enabled = false, AutoPaused = true }, stored!.Settings);
        Assert.True(stored.Unreachable);
    }

    [SkippableFact]
    public async Task MarkUnreachableAsync_NoRowYet_CreatesDefaultSettingsMarkedUnreachable()
    {
        await using var db = await CreateAsync();

        await db.Subscriptions.MarkUnreachableAsync("29:u1", "MessageWritesBlocked", TestDatabase.Now);

        var stored = await db.Subscriptions.GetAsync("29:u1");
        Assert.Equal(new DailySettings(), stored!.Settings);
        Assert.Equal((true, "MessageWritesBlocked", (DateTimeOffset?)TestDatabase.Now), (stored.Unreachable, stored.UnreachableReason, stored.UnreachableAt));
    }

    [SkippableFact]
    public async Task ClearUnreachableAsync_MarkedUser_ClearsFlagOnce()
    {
        await using var db = await CreateAsync();
        await db.Subscriptions.UpsertAsync("29:u1", Custom);
        await db.Subscriptions.MarkUnreachableAsync("29:u1", "MessageWritesBlocked", TestDatabase.Now);

        Assert.True(await db.Subscriptions.ClearUnreachableAsync("29:u1"));
        Assert.False(await db.Subscriptions.ClearUnreachableAsync("29:u1"));

        var stored = await db.Subscriptions.GetAsync("29:u1");
        Assert.Equal((false, (string?)null, (DateTimeOffset?)null), (stored!.Unreachable, stored.UnreachableReason, stored.UnreachableAt));
        Assert.Equal(Custom, stored.Settings);
    }

    [SkippableFact]
    public async Task ListSubscribedAsync_MixedUsers_ListsEnabledReachableWithReferenceIncludingDefaults()
    {
        await using var db = await CreateAsync();
        foreach (var user in new[] { "a-custom", "b-default", "c-disabled", "d-autopaused", "e-unreachable", "g-vacation" })
        {
            await db.References.UpsertAsync(user, "t", "https://smba.example/", $"a:{user}", "{}", TestDatabase.Now);
        }

        await db.Subscriptions.UpsertAsync("a-custom", Custom);
        await db.Subscriptions.UpsertAsync("c-disabled", Custom with { Enabled = false });
        await db.Subscriptions.UpsertAsync("d-autopaused", Custom with { AutoPaused = true });
        await db.Subscriptions.UpsertAsync("e-unreachable", Custom);
        await db.Subscriptions.MarkUnreachableAsync("e-unreachable", "MessageWritesBlocked", TestDatabase.Now);
        await db.Subscriptions.UpsertAsync("f-no-reference", Custom);
        await db.Subscriptions.UpsertAsync("g-vacation", Custom with { PausedUntil = new DateOnly(2026, 12, 31) });

        var listed = await db.Subscriptions.ListSubscribedAsync().ToListAsync();

        Assert.Equal(["a-custom", "b-default", "g-vacation"], listed.Select(s => s.UserId));
        Assert.Equal(Custom, listed[0].Settings);
        Assert.Equal(new DailySettings(), listed[1].Settings);
        Assert.Equal(new DateOnly(2026, 12, 31), listed[2].Settings.PausedUntil);
    }

    [SkippableFact]
    public async Task ListSubscribedAsync_TwentyThousandUsers_StreamsEveryoneOnceInOrder()
    {
        await using var db = await CreateAsync();
        var userIds = Enumerable.Range(0, 20_500).Select(i => $"29:user-{i:D6}").ToArray();
        await db.SeedReferencesAsync(userIds);

        var listed = new List<string>();
        await foreach (var subscription in db.Subscriptions.ListSubscribedAsync())
        {
            listed.Add(subscription.UserId);
        }

        Assert.Equal(userIds, listed);
    }
}
