namespace EthicsBot.Dialogs.Tests.Teams;

using EthicsBot.Dialogs.Tests.Fakes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

public sealed class HelpAndUnknownTests
{
    [Fact]
    public async Task Help_ListsEveryCommandInBothLanguages()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("trợ giúp")));

        var text = CardReader.Text(card);
        foreach (var words in new[] { "bắt đầu · kiểm tra · quiz", "tiếp · next", "tại sao · why", "tiến độ · progress", "tiếng việt · english", "dữ liệu của tôi · my data", "xoá dữ liệu của tôi · delete my data", "đáp án b · answer c" })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }

        Assert.Contains("Làm một bài 5 câu hỏi", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_InEnglish_DescribesCommandsInEnglish()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("help", "en-US")));

        Assert.Contains("Take a 5-question quiz", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("bắt đầu · kiểm tra · quiz", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownText_GetsAShortHint()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("ừ nhỉ")));

        Assert.Contains("Mình chưa hiểu tin nhắn này.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Equal(["quiz", "help"], CardReader.Verbs(card));
    }

    [Fact]
    public async Task Answer_WithNoQuizRunning_SaysNoQuestionIsWaiting()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("b", "en-US")));

        Assert.Contains("No question is waiting for an answer.", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_InAChannel_IsStrippedBeforeParsing()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var message = MessageWithEntities(
            "<at>EthicsBot</at> trợ giúp",
            """{"type":"mention","mentioned":{"id":"28:ethicsbot","name":"EthicsBot"},"text":"<at>EthicsBot</at>"}""");

        var card = Assert.Single(CardReader.Cards(await bot.SendAsync(message)));

        Assert.Contains("Các lệnh của EthicsBot", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_WithoutMentionedAccount_DoesNotCrashTheTurn()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var message = MessageWithEntities("tiến độ", """{"type":"mention","text":"<at>Someone</at>"}""");

        var card = Assert.Single(CardReader.Cards(await bot.SendAsync(message)));

        Assert.Contains("Bạn chưa trả lời câu nào", CardReader.Text(card), StringComparison.Ordinal);
    }

    // Entities built from JSON, as the connector deserializes them from Teams.
    private static Activity MessageWithEntities(string text, params string[] entities) => new(ActivityTypes.Message)
    {
        Text = text,
        Locale = "vi-VN",
        From = new ChannelAccount(BotHarness.UserId, "Lan"),
        Entities = [.. entities.Select(e => JObject.Parse(e).ToObject<Entity>()!)],
    };

    [Fact]
    public async Task Logs_NeverContainWhatUsersTyped()
    {
        using var bot = await new BotHarness().InstalledAsync();
        const string secret = "số CCCD của tôi là 001099012345";

        await bot.SayAsync(secret);
        await bot.SayAsync("quiz ", "vi-VN");
        await bot.SayAsync("quiz chủ đề bí mật 001099012345");

        var records = bot.Logs.GetSnapshot();
        Assert.NotEmpty(records);
        Assert.DoesNotContain(records, r => r.Message.Contains("001099012345", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Message.Contains(BotHarness.UserId, StringComparison.Ordinal));
    }
}
