namespace EthicsBot.Persistence.Tests.Users;

using EthicsBot.Domain.Daily;
using EthicsBot.Persistence.Users;

/// <summary>The turn's one read of profile, conversation reference and unreachable flag.</summary>
public abstract class UserTurnStoreContract : StoreContract
{
    [SkippableFact]
    public async Task ReadAsync_UnknownUser_ReturnsNothingStored()
    {
        await using var db = await CreateAsync();

        Assert.Equal(new UserTurnSnapshot(), await db.UserTurns.ReadAsync("29:nobody"));
    }

    [SkippableFact]
    public async Task ReadAsync_ProfileOnly_ReturnsProfileWithoutReferenceAndReachable()
    {
        await using var db = await CreateAsync();
        var profile = Samples.User() with { CreatedAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)) };
        await db.Users.UpsertAsync(profile);

        var read = await db.UserTurns.ReadAsync(profile.UserId);

        Assert.Equal(new UserTurnSnapshot { Profile = await db.Users.GetAsync(profile.UserId) }, read);
        Assert.Equal(profile, read.Profile);
    }

    [SkippableFact]
    public async Task ReadAsync_EverythingStoredAndMarkedUnreachable_ReturnsAllThree()
    {
        await using var db = await CreateAsync();
        await db.Users.UpsertAsync(Samples.User("29:u1"));
        await db.References.UpsertAsync("29:u1", "tenant-1", "https://smba.example/apac/", "a:chat-u1", "{}", TestDatabase.Now);
        await db.Subscriptions.MarkUnreachableAsync("29:u1", "AppUninstalled", TestDatabase.Now);

        var read = await db.UserTurns.ReadAsync("29:u1");

        Assert.Equal(
            new UserTurnSnapshot
            {
                Profile = Samples.User("29:u1"),
                ReferenceConversationId = "a:chat-u1",
                ReferenceServiceUrl = "https://smba.example/apac/",
                Unreachable = true,
            },
            read);
    }

    [SkippableFact]
    public async Task ReadAsync_SubscriptionSavedOrCleared_ReportsReachable()
    {
        await using var db = await CreateAsync();
        await db.Subscriptions.UpsertAsync("29:saved", new DailySettings());
        await db.Subscriptions.MarkUnreachableAsync("29:cleared", "MessageWritesBlocked", TestDatabase.Now);
        await db.Subscriptions.ClearUnreachableAsync("29:cleared");

        Assert.False((await db.UserTurns.ReadAsync("29:saved")).Unreachable);
        Assert.False((await db.UserTurns.ReadAsync("29:cleared")).Unreachable);
    }

    [SkippableFact]
    public async Task ReadAsync_ReferenceWithoutProfile_ReturnsReferenceAndNoProfile()
    {
        await using var db = await CreateAsync();
        await db.References.UpsertAsync("29:u1", null, "https://smba.example/emea/", "a:chat-u1", "{}", TestDatabase.Now);

        var read = await db.UserTurns.ReadAsync("29:u1");

        Assert.Equal(new UserTurnSnapshot { ReferenceConversationId = "a:chat-u1", ReferenceServiceUrl = "https://smba.example/emea/" }, read);
    }

    [SkippableFact]
    public async Task ReadAsync_UserWhoseIdPrefixesAnother_ReadsOnlyTheirOwnRows()
    {
        await using var db = await CreateAsync();
        await db.Users.UpsertAsync(Samples.User("29:u10"));
        await db.References.UpsertAsync("29:u10", null, "https://smba.example/", "a:chat-u10", "{}", TestDatabase.Now);
        await db.Subscriptions.MarkUnreachableAsync("29:u10", "AppUninstalled", TestDatabase.Now);
        await db.Users.UpsertAsync(Samples.User("29:u1"));

        Assert.Equal(new UserTurnSnapshot { Profile = Samples.User("29:u1") }, await db.UserTurns.ReadAsync("29:u1"));
    }

    [SkippableFact]
    public async Task ReadAsync_AgainAfterChanges_SeesEveryChange()
    {
        await using var db = await CreateAsync();
        await db.Users.UpsertAsync(Samples.User("29:u1"));
        var before = await db.UserTurns.ReadAsync("29:u1");

        await db.Users.UpsertAsync(Samples.User("29:u1") with { DisplayName = "Trần Thị Bình" });
        await db.References.UpsertAsync("29:u1", null, "https://smba.example/apac/", "a:chat-u1", "{}", TestDatabase.Now);
        await db.Subscriptions.MarkUnreachableAsync("29:u1", "AppUninstalled", TestDatabase.Now);
        var after = await db.UserTurns.ReadAsync("29:u1");

        Assert.Equal(new UserTurnSnapshot { Profile = Samples.User("29:u1") }, before);
        Assert.Equal(
            new UserTurnSnapshot
            {
                Profile = Samples.User("29:u1") with { DisplayName = "Trần Thị Bình" },
                ReferenceConversationId = "a:chat-u1",
                ReferenceServiceUrl = "https://smba.example/apac/",
                Unreachable = true,
            },
            after);
    }
}
