namespace EthicsBot.Dialogs.Tests.Teams;

using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

public sealed class WelcomeTests
{
    [Fact]
    public async Task ConversationUpdate_BotAddedInVietnamese_SendsVietnameseWelcomeAndCreatesUser()
    {
        using var bot = new BotHarness();

        var replies = await bot.MembersAddedAsync("vi-VN", "28:ethicsbot");

        var card = Assert.Single(CardReader.Cards(replies));
        Assert.Contains("Xin chào Lan!", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("bắt đầu", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Equal(["quiz", "help", "language"], CardReader.Verbs(card));
        var profile = await bot.Users.GetAsync(BotHarness.UserId);
        Assert.NotNull(profile);
        Assert.Equal(Locale.Vi, profile.Locale);
        Assert.Equal("aad-lan", profile.AadObjectId);
        Assert.Equal(BotHarness.TenantId, profile.TenantId);
        Assert.Equal("Lan", profile.DisplayName);
        Assert.Equal(BotHarness.Start, profile.CreatedAt);
    }

    [Fact]
    public async Task ConversationUpdate_UserAddedInEnglish_SendsEnglishWelcome()
    {
        using var bot = new BotHarness();

        var replies = await bot.MembersAddedAsync("en-US", BotHarness.UserId);

        var card = Assert.Single(CardReader.Cards(replies));
        Assert.Contains("Hello Lan!", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("5-question quiz", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Equal(Locale.En, (await bot.Users.GetAsync(BotHarness.UserId))!.Locale);
    }

    [Fact]
    public async Task ConversationUpdate_LocaleOnlyInClientInfo_StillWelcomesInVietnamese()
    {
        using var bot = new BotHarness();
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            From = new ChannelAccount(BotHarness.UserId, "Lan"),
            MembersAdded = [new ChannelAccount("28:ethicsbot")],
            Entities = [JObject.Parse("""{"type":"clientInfo","locale":"vi-VN","platform":"Android"}""").ToObject<Entity>()!],
        };

        var replies = await bot.SendAsync(update);

        var message = Assert.Single(replies);
        Assert.Contains("Xin chào Lan!", CardReader.Text(CardReader.Card(message)), StringComparison.Ordinal);
        Assert.Equal("Xin chào Lan!", message.Summary);
        Assert.Equal("Full", (string?)CardReader.Card(message)["msteams"]!["width"]);
    }

    [Fact]
    public async Task InstallationUpdate_AddThenConversationUpdate_WelcomesOnce()
    {
        using var bot = new BotHarness();

        var install = await bot.InstallationAsync("add", "vi-VN");
        var update = await bot.MembersAddedAsync("vi-VN", "28:ethicsbot");

        Assert.Single(CardReader.Cards(install));
        Assert.Empty(update);
    }

    [Fact]
    public async Task InstallationUpdate_RemoveThenAdd_WelcomesAgain()
    {
        using var bot = new BotHarness();
        await bot.InstallationAsync("add", "vi-VN");

        await bot.InstallationAsync("remove", "vi-VN");
        var again = await bot.InstallationAsync("add", "vi-VN");

        Assert.Single(CardReader.Cards(again));
    }

    [Fact]
    public async Task FirstMessage_FromUnknownUser_WelcomesBeforeAnswering()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("tiến độ");

        var cards = CardReader.Cards(replies);
        Assert.Equal(2, cards.Count);
        Assert.Contains("Xin chào", CardReader.Text(cards[0]), StringComparison.Ordinal);
        Assert.Contains("Bạn chưa trả lời câu nào", CardReader.Text(cards[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstMessage_Greeting_SendsOnlyTheWelcome()
    {
        using var bot = new BotHarness();

        var replies = await bot.SayAsync("xin chào");

        Assert.Contains("Xin chào Lan!", CardReader.Text(Assert.Single(CardReader.Cards(replies))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MembersAdded_OtherPeopleJoinATeam_NoWelcomeSpam()
    {
        using var bot = new BotHarness();
        bot.Adapter.Conversation.Conversation.ConversationType = "channel";

        var replies = await bot.MembersAddedAsync("vi-VN", "29:someone-else");

        Assert.Empty(replies);
    }

    [Fact]
    public async Task Welcome_WithTestFlow_GreetsInVietnamese()
    {
        using var bot = new BotHarness();
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Locale = "vi-VN",
            From = new ChannelAccount(BotHarness.UserId, "Lan"),
            MembersAdded = [new ChannelAccount("28:ethicsbot")],
        };

        await new TestFlow(bot.Adapter, bot.Bot.OnTurnAsync)
            .Send(update)
            .AssertReply(reply => Assert.Contains("Xin chào Lan!", CardReader.Text(CardReader.Card((Activity)reply)), StringComparison.Ordinal))
            .Send(new Activity(ActivityTypes.Message) { Text = "trợ giúp", Locale = "vi-VN", From = new ChannelAccount(BotHarness.UserId, "Lan") })
            .AssertReply(reply => Assert.Contains("Các lệnh của EthicsBot", CardReader.Text(CardReader.Card((Activity)reply)), StringComparison.Ordinal))
            .StartTestAsync();
    }
}
