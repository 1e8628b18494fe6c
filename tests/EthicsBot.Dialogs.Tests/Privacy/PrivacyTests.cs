namespace EthicsBot.Dialogs.Tests.Privacy;

using EthicsBot.Dialogs.Tests.Fakes;

public sealed class PrivacyTests
{
    [Fact]
    public async Task MyData_ShowsEverythingStored()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.SayAsync("quiz");
        await bot.SayAsync("a");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("dữ liệu của tôi")));

        var facts = CardReader.Facts(card);
        Assert.Contains($"Mã người dùng Teams: {BotHarness.UserId}", facts, StringComparison.Ordinal);
        Assert.Contains("Mã Microsoft Entra: aad-lan", facts, StringComparison.Ordinal);
        Assert.Contains($"Mã tổ chức (tenant): {BotHarness.TenantId}", facts, StringComparison.Ordinal);
        Assert.Contains("Tên hiển thị: Lan", facts, StringComparison.Ordinal);
        Assert.Contains("Ngôn ngữ: Tiếng Việt (theo Teams)", facts, StringComparison.Ordinal);
        Assert.Contains("Câu trả lời đã lưu: 1", facts, StringComparison.Ordinal);
        Assert.Contains("Lần trả lời gần nhất: 10/03/2026", facts, StringComparison.Ordinal);
        Assert.Contains("Câu hỏi hằng ngày: Đang bật, 08:00", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_ConfirmedWithTheButton_ErasesUserAnswersAndState()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.SayAsync("quiz");
        await bot.SayAsync("a");

        var confirm = Assert.Single(CardReader.Cards(await bot.SayAsync("Xoá dữ liệu của tôi")));
        var (http, _, done) = CardReader.Invoke(await bot.PressAsync(confirm, "confirmDelete"));

        Assert.Contains("Xoá toàn bộ dữ liệu của bạn?", CardReader.Text(confirm), StringComparison.Ordinal);
        Assert.Equal(200, http.Status);
        Assert.Contains("Đã xoá toàn bộ dữ liệu của bạn.", CardReader.Text(done), StringComparison.Ordinal);
        Assert.Empty(CardReader.Verbs(done));
        Assert.Null(await bot.Users.GetAsync(BotHarness.UserId));
        Assert.Empty(bot.Quizzes.Answers);
        Assert.Empty(bot.Quizzes.Sessions);
    }

    [Fact]
    public async Task DeleteMyData_ConfirmedByTextInTime_Erases()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");
        await bot.SayAsync("delete my data", "en-US");
        bot.Time.Advance(TimeSpan.FromMinutes(2));

        var done = Assert.Single(CardReader.Cards(await bot.SayAsync("confirm delete", "en-US")));

        Assert.Contains("All your data has been deleted.", CardReader.Text(done), StringComparison.Ordinal);
        Assert.Null(await bot.Users.GetAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task DeleteMyData_TypedConfirmationTooLate_KeepsTheData()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.SayAsync("xoa du lieu cua toi");
        bot.Time.Advance(TimeSpan.FromMinutes(11));

        var reply = Assert.Single(CardReader.Cards(await bot.SayAsync("xác nhận xoá")));

        Assert.Contains("Không có yêu cầu xoá nào đang chờ.", CardReader.Text(reply), StringComparison.Ordinal);
        Assert.NotNull(await bot.Users.GetAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task DeleteMyData_Cancelled_KeepsTheDataAndTheQuiz()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.SayAsync("quiz");
        await bot.SayAsync("xoá dữ liệu");

        var cancelled = Assert.Single(CardReader.Cards(await bot.SayAsync("huỷ")));
        var answered = Assert.Single(CardReader.Cards(await bot.SayAsync("a")));

        Assert.Contains("Đã huỷ. Dữ liệu của bạn được giữ nguyên.", CardReader.Text(cancelled), StringComparison.Ordinal);
        Assert.Contains("Câu 1/5", CardReader.Text(answered), StringComparison.Ordinal);
        Assert.NotNull(await bot.Users.GetAsync(BotHarness.UserId));
    }

    [Fact]
    public async Task AfterDeletion_NextMessage_StartsFromScratchWithAWelcome()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var confirm = Assert.Single(CardReader.Cards(await bot.SayAsync("delete my data")));
        await bot.PressAsync(confirm, "confirmDelete");

        var replies = CardReader.Cards(await bot.SayAsync("help"));

        Assert.Equal(2, replies.Count);
        Assert.Contains("Xin chào", CardReader.Text(replies[0]), StringComparison.Ordinal);
        Assert.NotNull(await bot.Users.GetAsync(BotHarness.UserId));
    }
}
