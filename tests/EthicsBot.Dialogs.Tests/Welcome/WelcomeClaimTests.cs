namespace EthicsBot.Dialogs.Tests.Welcome;

using EthicsBot.Dialogs.Tests.Fakes;

public sealed class WelcomeClaimTests
{
    [Fact]
    public async Task Install_AnotherInstanceClaimedTheWelcome_SendsNoCard()
    {
        using var bot = new BotHarness();
        // What the instance that received the other install update wrote before greeting.
        Assert.True(await bot.Documents.TryCreateAsync("welcome/a:personal-lan", "{}"));

        var replies = await bot.InstallationAsync("add", "vi-VN");

        Assert.Empty(CardReader.Cards(replies));
    }

    [Fact]
    public async Task Install_FirstTime_ClaimsTheWelcomeInTheStore()
    {
        using var bot = await new BotHarness().InstalledAsync();

        Assert.True(bot.Documents.Documents.ContainsKey("welcome/a:personal-lan"));
    }

    [Fact]
    public async Task Reinstall_AfterUninstall_GreetsAgain()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.InstallationAsync("remove", "vi-VN");

        Assert.False(bot.Documents.Documents.ContainsKey("welcome/a:personal-lan"));
        Assert.Single(CardReader.Cards(await bot.InstallationAsync("add", "vi-VN")));
    }
}
