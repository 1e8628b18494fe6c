namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Dialogs.Tests.Fakes;

/// <summary>A content reload can retire a question while someone is answering it; nothing may crash or be mis-graded.</summary>
public sealed class ContentReloadTests
{
    [Fact]
    public async Task Answer_QuestionRemovedByReload_IsSkippedToTheNextQuestion()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));
        var shown = QuizScript.QuestionId(card);
        bot.Catalog.Current = TestCatalog.Build([.. TestCatalog.Questions().Where(q => q.Id != shown)]);

        var replies = await bot.PressAsync(card, "answer", "a");
        var reply = CardReader.Invoke(replies).Card;
        var following = Assert.Single(CardReader.Cards(replies));

        Assert.Contains("vừa được gỡ khỏi ngân hàng câu hỏi nên được bỏ qua", CardReader.Text(reply), StringComparison.Ordinal);
        Assert.NotEqual(shown, QuizScript.QuestionId(following));
        Assert.Empty(bot.Quizzes.Answers);
        await bot.SayAsync("a");
        Assert.Equal(QuizScript.QuestionId(following), Assert.Single(bot.Quizzes.Answers).QuestionId);
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
