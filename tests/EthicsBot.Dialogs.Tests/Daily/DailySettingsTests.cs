namespace EthicsBot.Dialogs.Tests.Daily;

using EthicsBot.Dialogs.Tests.Fakes;
using Newtonsoft.Json.Linq;

public sealed class DailySettingsTests
{
    [Fact]
    public async Task Daily_NeverChanged_ShowsTheEngineDefaults()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("nhắc hằng ngày")));

        var facts = CardReader.Facts(card);
        Assert.Contains("Trạng thái: Đang bật", facts, StringComparison.Ordinal);
        Assert.Contains("Giờ gửi: 08:00 (Asia/Ho_Chi_Minh)", facts, StringComparison.Ordinal);
        Assert.Contains("Số câu mỗi ngày: 2", facts, StringComparison.Ordinal);
        Assert.Contains("cuối tuần và ngày lễ, Tết được nghỉ", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Null(await bot.Subscriptions.GetAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task Daily_SetTime_StoresItAndConfirms()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("nhắc hằng ngày 9:15")));

        Assert.Contains("Từ nay câu hỏi hằng ngày được gửi lúc 09:15.", CardReader.Text(card), StringComparison.Ordinal);
        var saved = (await bot.Subscriptions.GetAsync(BotHarness.UserId))!;
        Assert.True(saved.SettingsSaved);
        Assert.Equal(new TimeOnly(9, 15), saved.Settings.DeliverAt);
        Assert.True(saved.Settings.Enabled);
    }

    [Theory]
    [InlineData("daily 5:30")]
    [InlineData("daily 17:00")]
    [InlineData("daily 21:00")]
    public async Task Daily_TimeOutsideOfficeHours_IsRefusedAndNothingSaved(string command)
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync(command, "en-US")));

        Assert.Contains("Please pick a time within office hours, from 06:00 to before 17:00.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Null(await bot.Subscriptions.GetAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task Daily_OffThenResume_SwitchesTheQuizOffAndOn()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var off = Assert.Single(CardReader.Cards(await bot.SayAsync("nhắc hằng ngày tắt")));
        Assert.False((await bot.Subscriptions.GetAsync(BotHarness.UserId))!.Settings.Enabled);
        var resume = CardReader.SubmitActions(off).Single(a => (string?)a["data"]!["setting"] == "resume");
        var on = Assert.Single(CardReader.Cards(await bot.SubmitAsync((JObject)resume["data"]!)));

        Assert.Contains("Trạng thái: Đang tắt", CardReader.Facts(off), StringComparison.Ordinal);
        Assert.Contains("Trạng thái: Đang bật", CardReader.Facts(on), StringComparison.Ordinal);
        Assert.True((await bot.Subscriptions.GetAsync(BotHarness.UserId))!.Settings.Enabled);
    }

    [Fact]
    public async Task Pause_FiveDays_HoldsDeliveriesUntilTheFifthDay()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("tạm dừng 5 ngày")));

        Assert.Equal(new DateOnly(2026, 3, 14), (await bot.Subscriptions.GetAsync(BotHarness.UserId))!.Settings.PausedUntil);
        Assert.Contains("Đã tạm dừng câu hỏi hằng ngày đến hết 14/03/2026.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("Trạng thái: Tạm dừng đến hết 14/03/2026", CardReader.Facts(card), StringComparison.Ordinal);
        Assert.Contains("resume", CardReader.SubmitActions(card).Select(a => (string?)a["data"]!["setting"]));
    }

    [Theory]
    [InlineData("pause 0 days")]
    [InlineData("pause 400 days")]
    public async Task Pause_OutOfRange_IsRefused(string command)
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync(command, "en-US")));

        Assert.Contains("You can pause for 1 to 365 days.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Null(await bot.Subscriptions.GetAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task Daily_UnreadableSetting_ShowsUsage()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("daily whenever", "en-US")));

        Assert.Contains("I didn't understand that setting.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("\"daily 8:30\"", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Welcome_WithDailyEnrolment_AnnouncesTheDailyQuiz()
    {
        using var bot = new BotHarness();

        var card = Assert.Single(CardReader.Cards(await bot.InstallationAsync("add", "vi-VN")));

        Assert.Contains("Mỗi ngày làm việc lúc 08:00, mình sẽ gửi 2 câu hỏi", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Welcome_WithoutDailyEnrolment_SaysNothingAboutIt()
    {
        using var bot = new BotHarness(settings: new Dictionary<string, string?> { ["Daily:EnrolOnInstall"] = "false" });

        var card = Assert.Single(CardReader.Cards(await bot.InstallationAsync("add", "en-US")));

        Assert.DoesNotContain("Every workday", CardReader.Text(card), StringComparison.Ordinal);
    }
}
