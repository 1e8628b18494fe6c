namespace EthicsBot.Dialogs.Tests.Units;

using EthicsBot.Dialogs.Routing;
using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain.Units;
using EthicsBot.Persistence.Units;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

public sealed class UnitFlowTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private readonly BotHarness bot = new(TestCatalog.Build() with
    {
        Units = new UnitDirectory(
        [
            new Unit("xa-tan-hoa", "Xã Tân Hòa", "an-giang", UnitKind.Local),
            new Unit("xa-tan-hoa-vp", "Văn phòng", "xa-tan-hoa", UnitKind.Local),
            new Unit("phuong-hoa-binh", "Phường Hòa Bình", "ha-noi", UnitKind.Local),
        ]),
    });

    public void Dispose() => bot.Dispose();

    [Fact]
    public async Task Unit_NoneYet_ShowsNotChosenAndTheSearchBox()
    {
        var card = CardReader.Cards(await (await bot.InstalledAsync()).SayAsync("đơn vị")).Single();

        Assert.Contains("Đơn vị: Chưa chọn", CardReader.Facts(card), StringComparison.Ordinal);
        Assert.Contains(card.Descendants().OfType<JObject>(), o => (string?)o["type"] == "Input.Text" && (string?)o["id"] == "unitQuery");
        Assert.Empty(bot.Units.Memberships);
    }

    [Fact]
    public async Task Unit_TypedWithoutDiacritics_ListsMatchesAsButtons()
    {
        var card = CardReader.Cards(await (await bot.InstalledAsync()).SayAsync("don vi tan hoa")).Single();

        var picks = CardReader.SubmitActions(card).Where(a => a["data"]?["unitId"] is not null).ToList();
        Assert.Equal(["xa-tan-hoa", "xa-tan-hoa-vp"], picks.Select(a => (string?)a["data"]!["unitId"]));
        Assert.Equal("An Giang › Xã Tân Hòa", (string?)picks[0]["title"]);
    }

    [Fact]
    public async Task Unit_PickOnTheCard_IsSavedFromToday()
    {
        var card = CardReader.Cards(await bot.SubmitAsync(new JObject { ["verb"] = "unit", ["unitId"] = "xa-tan-hoa-vp" })).Single();

        Assert.Equal([new UnitMembership(BotHarness.UserId, "xa-tan-hoa-vp", Today, UnitSource.User)], bot.Units.Memberships);
        Assert.Contains("Đã lưu: An Giang › Xã Tân Hòa › Văn phòng.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("Đơn vị: An Giang › Xã Tân Hòa › Văn phòng", CardReader.Facts(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_SearchBoxOnTheCard_SearchesWhatWasTyped()
    {
        var card = CardReader.Cards(await bot.SubmitAsync(new JObject { ["verb"] = "unit", ["unitQuery"] = "Hòa Bình" }, locale: "en-US")).Single();

        Assert.Equal("phuong-hoa-binh", (string?)CardReader.SubmitActions(card).First(a => a["data"]?["unitId"] is not null)["data"]!["unitId"]);
    }

    [Fact]
    public async Task Unit_NoMatch_SaysSoAndSavesNothing()
    {
        var card = CardReader.Cards(await (await bot.InstalledAsync()).SayAsync("unit zzz", locale: "en-US")).Single();

        Assert.Contains("No unit matches \"zzz\"", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.Units.Memberships);
    }

    [Fact]
    public async Task Unit_RosterKnowsTheUser_TakesTheRosterUnit()
    {
        bot.Units.Roster["aad-lan"] = "phuong-hoa-binh";

        var card = CardReader.Cards(await (await bot.InstalledAsync()).SayAsync("đơn vị")).Single();

        Assert.Contains("Đơn vị: Hà Nội › Phường Hòa Bình", CardReader.Facts(card), StringComparison.Ordinal);
        Assert.Equal(UnitSource.Roster, Assert.Single(bot.Units.Memberships).Source);
    }

    [Fact]
    public async Task Unit_PickAfterMoving_CountsInTheNewUnitFromThatDay()
    {
        await bot.Units.SetAsync(BotHarness.UserId, "xa-tan-hoa", Today.AddDays(-30), UnitSource.Roster);

        await bot.SubmitAsync(new JObject { ["verb"] = "unit", ["unitId"] = "phuong-hoa-binh" });

        Assert.Equal("xa-tan-hoa", (await bot.Units.GetAsync(BotHarness.UserId, Today.AddDays(-1)))!.UnitId);
        Assert.Equal("phuong-hoa-binh", (await bot.Units.GetAsync(BotHarness.UserId, Today))!.UnitId);
    }

    [Fact]
    public async Task Unit_UnknownIdFromAForgedButton_IsRefusedKindly()
    {
        var card = CardReader.Cards(await bot.SubmitAsync(new JObject { ["verb"] = "unit", ["unitId"] = "nowhere" })).Single();

        Assert.Contains("không còn trong danh mục", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.Units.Memberships);
    }

    [Fact]
    public async Task MyData_AfterPickingAUnit_ShowsItsPath()
    {
        await bot.SubmitAsync(new JObject { ["verb"] = "unit", ["unitId"] = "xa-tan-hoa" });

        var card = CardReader.Cards(await bot.SayAsync("dữ liệu của tôi")).Single();

        Assert.Contains(": An Giang › Xã Tân Hòa", CardReader.Facts(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_RosterKnowsTheUserByPrincipalName_AsksTeamsOnceAndTakesThatUnit()
    {
        bot.Units.Roster["lan@angiang.gov.vn"] = "xa-tan-hoa";
        var lookups = 0;
        var input = new TurnInput
        {
            Profile = new Persistence.Users.UserProfile { UserId = BotHarness.UserId, AadObjectId = "aad-unknown", Locale = Domain.Locale.Vi, CreatedAt = BotHarness.Start },
            Locale = Domain.Locale.Vi,
            State = new ConversationData(),
            ConversationId = "a:personal-lan",
            PrincipalName = _ => { lookups++; return Task.FromResult<string?>("LAN@angiang.gov.vn"); },
        };

        var outcome = await bot.Services.GetRequiredService<EthicsBot.Dialogs.Units.UnitFlow>().HandleAsync(input, new UnitCommand(), CancellationToken.None);

        Assert.Equal(1, lookups);
        Assert.Contains("Đơn vị: An Giang › Xã Tân Hòa", CardReader.Facts(CardReader.Tree(Assert.Single(outcome.Cards))), StringComparison.Ordinal);
        Assert.Equal(new UnitMembership(BotHarness.UserId, "xa-tan-hoa", Today, UnitSource.Roster), Assert.Single(bot.Units.Memberships));
    }
}
