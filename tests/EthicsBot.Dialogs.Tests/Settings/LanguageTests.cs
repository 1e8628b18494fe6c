namespace EthicsBot.Dialogs.Tests.Settings;

using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain;
using Newtonsoft.Json.Linq;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("english", Locale.En)]
    [InlineData("language en", Locale.En)]
    [InlineData("ngôn ngữ en", Locale.En)]
    [InlineData("Tiếng Việt", Locale.Vi)]
    [InlineData("tieng viet", Locale.Vi)]
    [InlineData("ngon ngu vi", Locale.Vi)]
    public async Task LanguageCommand_SwitchesAndRemembersTheChoice(string command, Locale expected)
    {
        using var bot = await new BotHarness().InstalledAsync(expected == Locale.En ? "vi-VN" : "en-US");

        await bot.SayAsync(command, expected == Locale.En ? "vi-VN" : "en-US");

        var profile = (await bot.Users.GetAsync(BotHarness.UserId))!;
        Assert.Equal(expected, profile.Locale);
        Assert.True(profile.LocaleChosen);
    }

    [Fact]
    public async Task LanguageChosen_TeamsLocaleDiffers_ChoiceWins()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var switched = Assert.Single(CardReader.Cards(await bot.SayAsync("english", "vi-VN")));
        var help = Assert.Single(CardReader.Cards(await bot.SayAsync("help", "vi-VN")));

        Assert.Contains("Switched to English.", CardReader.Text(switched), StringComparison.Ordinal);
        Assert.Contains("EthicsBot commands", CardReader.Text(help), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoChoiceMade_TeamsLocaleChanges_FollowsTeams()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var help = Assert.Single(CardReader.Cards(await bot.SayAsync("help", "en-GB")));

        Assert.Contains("EthicsBot commands", CardReader.Text(help), StringComparison.Ordinal);
        Assert.Equal(Locale.En, (await bot.Users.GetAsync(BotHarness.UserId))!.Locale);
    }

    [Fact]
    public async Task LanguageWithoutChoice_ShowsBothChoices_AndTheButtonSwitches()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var menu = Assert.Single(CardReader.Cards(await bot.SayAsync("ngôn ngữ")));
        var english = CardReader.SubmitActions(menu).Single(a => (string?)a["data"]!["locale"] == "en");
        await bot.SubmitAsync((JObject)english["data"]!);

        Assert.Contains("Chọn ngôn ngữ · Choose a language", CardReader.Text(menu), StringComparison.Ordinal);
        Assert.Equal(Locale.En, (await bot.Users.GetAsync(BotHarness.UserId))!.Locale);
    }

    [Fact]
    public async Task QuizAfterSwitch_QuestionsComeInTheChosenLanguage()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.SayAsync("english");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("bắt đầu")));

        Assert.Contains("Question 1/5", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("what should Lan do?", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VietnameseCommand_EnglishTeamsNoChoice_AnswersInVietnameseAndRemembers()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("bắt đầu", "en-US")));
        var help = Assert.Single(CardReader.Cards(await bot.SayAsync("help", "en-US")));

        Assert.Contains("Câu 1/5", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("Các lệnh của EthicsBot", CardReader.Text(help), StringComparison.Ordinal);
        Assert.True((await bot.Users.GetAsync(BotHarness.UserId))!.LocaleChosen);
    }

    [Fact]
    public async Task EnglishCommand_EnglishTeamsNoChoice_StaysEnglish()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz", "en-US")));

        Assert.Contains("Question 1/5", CardReader.Text(card), StringComparison.Ordinal);
        Assert.False((await bot.Users.GetAsync(BotHarness.UserId))!.LocaleChosen);
    }

    [Fact]
    public async Task VietnameseCommand_EnglishChosenByCommand_ChoiceWins()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");
        await bot.SayAsync("english", "en-US");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("bắt đầu", "en-US")));

        Assert.Contains("Question 1/5", CardReader.Text(card), StringComparison.Ordinal);
    }
}
