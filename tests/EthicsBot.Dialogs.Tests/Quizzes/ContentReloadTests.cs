namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Dialogs.Tests.Fakes;

/// <summary>A content reload can retire a question while someone is answering it; nothing may crash or be mis-graded.</summary>
public sealed class ContentReloadTests
{
    [Fact]
    public async Task Answer_QuestionRetiredByReload_SaysSoAndEndsTheQuiz()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));
        var shown = QuizScript.QuestionId(card);
        bot.Catalog.Current = TestCatalog.Build([.. TestCatalog.Questions().Where(q => q.Id != shown)]);

        var reply = CardReader.Invoke(await bot.PressAsync(card, "answer", "a")).Card;
        var next = Assert.Single(CardReader.Cards(await bot.SayAsync("tiếp")));

        Assert.Contains("Câu hỏi này đã được gỡ khỏi ngân hàng câu hỏi.", CardReader.Text(reply), StringComparison.Ordinal);
        Assert.Empty(bot.Quizzes.Answers);
        Assert.Contains("Hiện không có câu hỏi nào đang chờ trả lời.", CardReader.Text(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_LastQuestionRetiredByReload_SaysSo()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.SayAsync("quiz");
        await bot.SayAsync("a");
        var answered = Assert.Single(bot.Quizzes.Answers).QuestionId;
        bot.Catalog.Current = TestCatalog.Build([.. TestCatalog.Questions().Where(q => q.Id != answered)]);

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("why")));

        Assert.Contains("đã được gỡ khỏi ngân hàng câu hỏi", CardReader.Text(card), StringComparison.Ordinal);
    }
}
