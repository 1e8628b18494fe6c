namespace EthicsBot.Persistence.Tests.Users;

using EthicsBot.Domain;
using EthicsBot.Domain.Daily;

public abstract class UserStoreContract : StoreContract
{
    [SkippableFact]
    public async Task UpsertAsync_NewUser_GetReturnsSameProfile()
    {
        await using var db = await CreateAsync();
        var profile = Samples.User() with { CreatedAt = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)) };

        await db.Users.UpsertAsync(profile);

        Assert.Equal(profile, await db.Users.GetAsync(profile.UserId));
    }

    [SkippableFact]
    public async Task UpsertAsync_OptionalFieldsMissing_RoundTripsNulls()
    {
        await using var db = await CreateAsync();
        var profile = new Persistence.Users.UserProfile { UserId = "29:bare", Locale = Locale.En, CreatedAt = TestDatabase.Now };

        await db.Users.UpsertAsync(profile);

        Assert.Equal(profile, await db.Users.GetAsync("29:bare"));
    }

    [SkippableFact]
    public async Task UpsertAsync_ExistingUser_UpdatesFieldsAndKeepsCreatedAt()
    {
        await using var db = await CreateAsync();
        await db.Users.UpsertAsync(Samples.User());

        await db.Users.UpsertAsync(Samples.User() with { Unit = "Sở Nội vụ", Locale = Locale.En, LocaleChosen = false, CreatedAt = TestDatabase.Now.AddDays(9) });

        var stored = await db.Users.GetAsync(Samples.User().UserId);
        Assert.Equal(Samples.User() with { Unit = "Sở Nội vụ", Locale = Locale.En, LocaleChosen = false }, stored);
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM users"));
    }

    [SkippableFact]
    public async Task GetAsync_UnknownUser_ReturnsNull()
    {
        await using var db = await CreateAsync();

        Assert.Null(await db.Users.GetAsync("29:nobody"));
    }

    [SkippableFact]
    public async Task DeleteAllAsync_UserWithDataEverywhere_RemovesEveryRowAndKeepsOthers()
    {
        await using var db = await CreateAsync();
        await SeedEverythingAsync(db, "29:u1", "a:chat-u1");
        await SeedEverythingAsync(db, "29:u10", "a:chat-u10");

        var deleted = await db.Users.DeleteAllAsync("29:u1");

        Assert.True(deleted);
        foreach (var table in new[] { "users", "sessions", "answers", "conversation_references", "daily_subscriptions", "deliveries" })
        {
            Assert.Equal(0, await db.CountAsync($"SELECT COUNT(*) FROM {table} WHERE user_id = '29:u1'"));
            Assert.Equal(1, await db.CountAsync($"SELECT COUNT(*) FROM {table} WHERE user_id = '29:u10'"));
        }

        var documents = await db.Documents.ReadAsync(DocumentKeys("29:u1", "a:chat-u1").Concat(DocumentKeys("29:u10", "a:chat-u10")).ToArray());
        Assert.Equal(DocumentKeys("29:u10", "a:chat-u10").Order(), documents.Keys.Order());
    }

    [SkippableFact]
    public async Task DeleteAllAsync_UnknownUser_ReturnsFalseAndChangesNothing()
    {
        await using var db = await CreateAsync();
        await SeedEverythingAsync(db, "29:u1", "a:chat-u1");

        Assert.False(await db.Users.DeleteAllAsync("29:u"));
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM users"));
        Assert.Equal(DocumentKeys("29:u1", "a:chat-u1").Length, await db.CountAsync("SELECT COUNT(*) FROM documents"));
    }

    [SkippableFact]
    public async Task DeleteAllAsync_OnlyStateDocuments_ReturnsTrue()
    {
        await using var db = await CreateAsync();
        await db.Documents.WriteAsync("msteams/users/29:u1", "{}", null);

        Assert.True(await db.Users.DeleteAllAsync("29:u1"));
        Assert.Equal(0, await db.CountAsync("SELECT COUNT(*) FROM documents"));
    }

    /// <summary>Bot Builder's key shapes: user state, private conversation state, the personal chat's state.</summary>
    private static string[] DocumentKeys(string userId, string conversationId) =>
    [
        $"msteams/users/{userId}",
        $"msteams/conversations/{conversationId}/users/{userId}",
        $"msteams/conversations/{conversationId}",
        $"{userId}/flags",
    ];

    private static async Task SeedEverythingAsync(StoreDatabase db, string userId, string conversationId)
    {
        var sessionId = $"session-{userId}";
        await db.Users.UpsertAsync(Samples.User(userId));
        await db.Quizzes.CreateSessionAsync(Samples.Session(sessionId, userId));
        Assert.True(await db.Quizzes.TryRecordAnswerAsync(Samples.Answer(sessionId, userId: userId)));
        await db.References.UpsertAsync(userId, "tenant-1", "https://smba.example/apac/", conversationId, "{}", TestDatabase.Now);
        await db.Subscriptions.UpsertAsync(userId, new DailySettings());
        await db.Deliveries.EnsureDueAsync([(userId, new DateOnly(2026, 3, 2))], TestDatabase.Now);
        foreach (var key in DocumentKeys(userId, conversationId))
        {
            await db.Documents.WriteAsync(key, "{}", null);
        }
    }
}
