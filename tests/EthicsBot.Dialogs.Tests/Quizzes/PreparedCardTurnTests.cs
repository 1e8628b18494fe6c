namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Tests.Fakes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

/// <summary>The turns of a quiz session hand the Bot Framework written JSON, never a card tree to walk.</summary>
public sealed class PreparedCardTurnTests
{
    [Fact]
    public async Task Session_QuizAnswerNext_SendsEveryCardAsPreparedJson()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var started = Assert.Single(await bot.SayAsync("quiz"));
        var question = Assert.IsType<PreparedCard>(Assert.Single(started.Attachments).Content);
        Assert.Equal(started.Summary, question.Summary);
        Assert.StartsWith("Câu 1/5", started.Summary, StringComparison.Ordinal);

        var answered = await bot.PressAsync(CardReader.Tree(question), "answer", QuizScript.Best(bot.Catalog.Current, CardReader.Tree(question)));
        var answerBody = Assert.IsType<AdaptiveCardInvokeResponse>(Assert.IsType<InvokeResponse>(answered[^1].Value).Body);
        Assert.IsType<PreparedCard>(answerBody.Value);

        var next = await bot.PressAsync(CardReader.Tree(answerBody.Value), "next");
        var nextBody = Assert.IsType<AdaptiveCardInvokeResponse>(Assert.IsType<InvokeResponse>(next[^1].Value).Body);
        Assert.IsType<PreparedCard>(nextBody.Value);
        var followUp = Assert.Single(next, a => a.Type == ActivityTypes.Message);
        Assert.IsType<PreparedCard>(Assert.Single(followUp.Attachments).Content);
        Assert.StartsWith("Câu 2/5", followUp.Summary, StringComparison.Ordinal);
    }
}
