namespace EthicsBot.Dialogs.Tests.Leaderboards;

using EthicsBot.Dialogs.Routing;
using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain;
using EthicsBot.Domain.Units;
using EthicsBot.Persistence.Units;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

/// <summary>A new user's first turn also brings the welcome card, so a first-turn reply is the last card.</summary>
public sealed class LeaderboardChannelFlowTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private readonly BotHarness bot = new(TestCatalog.Build() with
    {
        Units = new UnitDirectory(
        [
            new Unit("xa-tan-hoa", "Xã Tân Hòa", "an-giang", UnitKind.Local),
            new Unit("xa-tan-hoa-hn", "Xã Tân Hòa", "ha-noi", UnitKind.Local),
            new Unit("phuong-hoa-binh", "Phường Hòa Bình", "ha-noi", UnitKind.Local),
        ]),
    });

    public void Dispose() => bot.Dispose();

    [Theory]
    [InlineData("Bảng xếp hạng bật Huế", true, "hue", Locale.Vi)]
    [InlineData("bang xep hang bat", true, null, Locale.Vi)]
    [InlineData("bảng xếp hạng TẮT", false, null, Locale.Vi)]
    [InlineData("leaderboard on ha-noi", true, "ha-noi", Locale.En)]
    [InlineData("Leaderboard off!", false, null, Locale.En)]
    [InlineData("bảng xếp hạng", null, null, Locale.Vi)]
    [InlineData("leaderboard please", null, null, Locale.En)]
    public void Parse_LeaderboardWords_GiveOnOffUnitAndLanguage(string text, bool? on, string? unit, Locale language) =>
        Assert.Equal(new LeaderboardCommand(on, unit, language), CommandParser.Parse(text));

    [Fact]
    public async Task LeaderboardOn_InChannelWithUsersUnit_RegistersReferenceWithoutTheSender()
    {
        await bot.Units.SetAsync(BotHarness.UserId, "phuong-hoa-binh", Today, UnitSource.User);

        var card = CardReader.Cards(await bot.SayInChannelAsync("bảng xếp hạng bật")).Last();

        Assert.Contains("Đã bật", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("Hà Nội › Phường Hòa Bình", CardReader.Text(card), StringComparison.Ordinal);
        var channel = Assert.Single(bot.LeaderboardChannels.Channels.Values);
        // The channel registers, not the thread the command was typed in: the card then starts a post of its own.
        Assert.Equal((BotHarness.ChannelId, "phuong-hoa-binh", "vi", BotHarness.TenantId), (channel.ConversationId, channel.UnitId, channel.Locale, channel.TenantId));
        Assert.Equal(bot.Time.GetUtcNow(), channel.RegisteredAt);
        var reference = JObject.Parse(channel.ReferenceJson);
        Assert.Equal(BotHarness.ChannelId, (string?)reference["conversation"]?["id"]);
        Assert.Equal("https://smba.example.test/", channel.ServiceUrl);
        Assert.Null(reference["user"]);
        Assert.Null(reference["activityId"]);
        Assert.DoesNotContain(BotHarness.UserId, channel.ReferenceJson, StringComparison.Ordinal);
        Assert.DoesNotContain("bảng xếp hạng", channel.ReferenceJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeaderboardOn_NamedUnitInEnglish_RegistersThatUnitInEnglish()
    {
        var card = CardReader.Cards(await bot.SayInChannelAsync("leaderboard on hue", locale: "vi-VN")).Last();

        Assert.StartsWith("On: every Monday", CardReader.Text(card), StringComparison.Ordinal);
        var channel = Assert.Single(bot.LeaderboardChannels.Channels.Values);
        Assert.Equal(("hue", "en"), (channel.UnitId, channel.Locale));
    }

    [Fact]
    public async Task LeaderboardOn_NameWithoutDiacriticsMatchingOne_RegistersIt()
    {
        await bot.SayInChannelAsync("bảng xếp hạng bật hoa binh");

        Assert.Equal("phuong-hoa-binh", Assert.Single(bot.LeaderboardChannels.Channels.Values).UnitId);
    }

    [Fact]
    public async Task LeaderboardOn_AmbiguousName_ListsIdsAndRegistersNothing()
    {
        var card = CardReader.Cards(await bot.SayInChannelAsync("bảng xếp hạng bật tân hòa")).Last();

        Assert.Contains("(xa-tan-hoa)", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("(xa-tan-hoa-hn)", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.LeaderboardChannels.Channels);
    }

    [Fact]
    public async Task LeaderboardOn_UserWithoutUnitAndNoName_AsksForAUnit()
    {
        var card = CardReader.Cards(await bot.SayInChannelAsync("bảng xếp hạng bật")).Last();

        Assert.Contains("Bạn chưa chọn đơn vị", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.LeaderboardChannels.Channels);
    }

    [Fact]
    public async Task LeaderboardOn_InPersonalChat_SaysItIsForChannels()
    {
        await bot.Units.SetAsync(BotHarness.UserId, "phuong-hoa-binh", Today, UnitSource.User);

        var card = CardReader.Cards(await (await bot.InstalledAsync()).SayAsync("bảng xếp hạng bật")).Single();

        Assert.Contains("kênh Teams hoặc nhóm chat", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.LeaderboardChannels.Channels);
    }

    [Fact]
    public async Task LeaderboardOff_AfterOn_RemovesAndSecondOffSaysItWasNotOn()
    {
        await bot.SayInChannelAsync("bảng xếp hạng bật hue");

        var off = CardReader.Cards(await bot.SayInChannelAsync("bảng xếp hạng tắt")).Single();
        var again = CardReader.Cards(await bot.SayInChannelAsync("leaderboard off")).Single();

        Assert.Contains("Đã tắt", CardReader.Text(off), StringComparison.Ordinal);
        Assert.Contains("was not getting", CardReader.Text(again), StringComparison.Ordinal);
        Assert.Empty(bot.LeaderboardChannels.Channels);
    }

    [Fact]
    public async Task LeaderboardOff_TypedUnderAnotherPostOfTheChannel_TurnsItOff()
    {
        await bot.SayInChannelAsync("bảng xếp hạng bật hue");
        await bot.SayInChannelAsync("bảng xếp hạng bật hue", conversationId: BotHarness.ChannelId + ";messageid=2");

        var registeredOnce = bot.LeaderboardChannels.Channels.Count;
        var off = CardReader.Cards(await bot.SayInChannelAsync("bảng xếp hạng tắt", conversationId: BotHarness.ChannelId + ";messageid=3")).Single();

        Assert.Equal(1, registeredOnce);
        Assert.Contains("Đã tắt", CardReader.Text(off), StringComparison.Ordinal);
        Assert.Empty(bot.LeaderboardChannels.Channels);
    }

    [Fact]
    public async Task Leaderboard_Alone_ShowsTheRegisteredUnit()
    {
        await bot.SayInChannelAsync("bảng xếp hạng bật hue");

        var card = CardReader.Cards(await bot.SayInChannelAsync("bảng xếp hạng")).Single();

        Assert.Contains("trực thuộc Huế", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LeaderboardOnOff_ManagersNamedAndSenderNotAmongThem_RefusedAndNothingChanges()
    {
        using var guarded = new BotHarness(settings: new Dictionary<string, string?> { ["Leaderboards:Managers:0"] = "AAD-MINH" });

        var refused = CardReader.Cards(await guarded.SayInChannelAsync("bảng xếp hạng bật hue")).Last();
        var status = CardReader.Cards(await guarded.SayInChannelAsync("bảng xếp hạng")).Single();

        Assert.Contains("Chỉ người tổ chức", CardReader.Text(refused), StringComparison.Ordinal);
        Assert.Contains("chưa nhận", CardReader.Text(status), StringComparison.Ordinal);
        Assert.Empty(guarded.LeaderboardChannels.Channels);
    }

    [Fact]
    public async Task LeaderboardOnOff_SenderIsANamedManager_RegistersAndRemoves()
    {
        using var guarded = new BotHarness(settings: new Dictionary<string, string?> { ["Leaderboards:Managers:0"] = "aad-minh" });

        var on = CardReader.Cards(await guarded.SayInChannelAsync("bảng xếp hạng bật hue", userId: "29:minh")).Last();
        var registered = guarded.LeaderboardChannels.Channels.Count;
        var refusedOff = CardReader.Cards(await guarded.SayInChannelAsync("bảng xếp hạng tắt")).Last();
        var off = CardReader.Cards(await guarded.SayInChannelAsync("leaderboard off", userId: "29:minh")).Single();

        Assert.Contains("Đã bật", CardReader.Text(on), StringComparison.Ordinal);
        Assert.Equal(1, registered);
        Assert.Contains("Chỉ người tổ chức", CardReader.Text(refusedOff), StringComparison.Ordinal);
        Assert.Contains("no longer", CardReader.Text(off), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(guarded.LeaderboardChannels.Channels);
    }

    [Fact]
    public void AddDialogs_BlankManager_FailsValidationNamingTheEntry()
    {
        using var broken = new BotHarness(settings: new Dictionary<string, string?> { ["Leaderboards:Managers:0"] = " " });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => broken.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Dialogs.Leaderboards.LeaderboardOptions>>().Value);

        Assert.Contains("Leaderboards:Managers:0", error.Message, StringComparison.Ordinal);
    }
}
