namespace EthicsBot.Dialogs.Tests.Daily;

using EthicsBot.Dialogs.Tests.Fakes;
using Newtonsoft.Json.Linq;

public sealed class ConversationReferenceTests
{
    [Fact]
    public async Task Install_PersonalChat_KeepsTheReferenceForTheDailyPush()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var stored = await bot.References.GetAsync(BotHarness.UserId);

        Assert.NotNull(stored);
        Assert.Equal("a:personal-lan", stored.ConversationId);
        Assert.Equal("https://smba.example.test/", stored.ServiceUrl);
        Assert.Equal(BotHarness.TenantId, stored.TenantId);
        var reference = JObject.Parse(stored.ReferenceJson);
        Assert.Equal(BotHarness.UserId, (string?)reference["user"]!["id"]);
        Assert.Null(reference["activityId"]);
    }

    [Fact]
    public async Task LaterTurns_SameReference_AreNotRewritten()
    {
        using var bot = await new BotHarness().InstalledAsync();

        await bot.SayAsync("help");
        await bot.SayAsync("tiến độ");

        Assert.Equal(1, bot.References.Writes);
    }

    [Fact]
    public async Task ServiceUrlMoved_ReferenceIsUpdated()
    {
        using var bot = await new BotHarness().InstalledAsync();
        bot.Adapter.Conversation.ServiceUrl = "https://smba.moved.test/";

        await bot.SayAsync("help");

        Assert.Equal("https://smba.moved.test/", (await bot.References.GetAsync(BotHarness.UserId))!.ServiceUrl);
    }

    [Fact]
    public async Task GroupChat_ReferenceIsNotTakenForTheDailyPush()
    {
        using var bot = new BotHarness();
        bot.Adapter.Conversation.Conversation.ConversationType = "groupChat";

        await bot.SayAsync("help");

        Assert.Null(await bot.References.GetAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task Message_FromAUserMarkedUnreachable_ClearsTheMark()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.Subscriptions.MarkUnreachableAsync(BotHarness.UserId, "MessageWritesBlocked", BotHarness.Start);

        await bot.SayAsync("help");

        Assert.False((await bot.Subscriptions.GetAsync(BotHarness.UserId))!.Unreachable);
    }

    [Fact]
    public async Task Uninstall_ThenReinstall_StopsAndRestartsDailySends()
    {
        using var bot = await new BotHarness().InstalledAsync();

        await bot.InstallationAsync("remove", "vi-VN");
        var removed = (await bot.Subscriptions.GetAsync(BotHarness.UserId))!;
        await bot.InstallationAsync("add", "vi-VN");

        Assert.True(removed.Unreachable);
        Assert.Equal("AppUninstalled", removed.UnreachableReason);
        Assert.False((await bot.Subscriptions.GetAsync(BotHarness.UserId))!.Unreachable);
    }
}
