namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Dialogs.Tests.Fakes;

public sealed class WhyTests
{
    [Fact]
    public async Task Why_BeforeAnyAnswer_SaysThereIsNothingToExplain()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("tại sao?")));

        Assert.Contains("Bạn chưa trả lời câu nào để xem giải thích.", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_AfterAnswers_RepeatsTheLastExplanationAndReferences()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.SayAsync("quiz mxh");
        await bot.SayAsync("a");
        await bot.SayAsync("tiếp");
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        await bot.SayAsync("b");
        var last = bot.Quizzes.Answers[^1].QuestionId;

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("why")));

        var text = CardReader.Text(card);
        Assert.Contains("Vì sao?", text, StringComparison.Ordinal);
        Assert.Contains($"Giải thích của {last}", text, StringComparison.Ordinal);
        Assert.Contains("Căn cứ", text, StringComparison.Ordinal);
        Assert.Empty(CardReader.Verbs(card));
    }
}
