namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Persistence.Quizzes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Newtonsoft.Json.Linq;

/// <summary>Stale, repeated and forged actions never count, never crash, and always get a 200 with a card.</summary>
public sealed class AnswerSafetyTests
{
    [Fact]
    public async Task Invoke_CardOfAReplacedSession_SaysTheQuizHasEnded()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var old = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));
        await bot.SayAsync("quiz");

        var (http, _, card) = CardReader.Invoke(await bot.PressAsync(old, "answer", "a"));

        Assert.Equal(200, http.Status);
        Assert.Contains("Bài kiểm tra này đã kết thúc. Gõ \"bắt đầu\" để làm bài mới.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(CardReader.Verbs(card));
        Assert.Empty(bot.Quizzes.Answers);
    }

    [Fact]
    public async Task Invoke_UnknownSessionId_SaysTheQuizHasEnded()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");

        var (_, body, card) = CardReader.Invoke(await bot.InvokeAsync(Answer("no-such-session", "sm-001", "b"), "answer", "en-US"));

        Assert.Equal(200, body.StatusCode);
        Assert.Contains("This quiz has ended. Type \"quiz\" to start a new one.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.Quizzes.Answers);
    }

    [Fact]
    public async Task Invoke_SecondOptionOnAnsweredQuestion_ShowsFirstAnswerAgain()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));
        var wrong = QuizScript.Wrong(bot.Catalog.Current, question);
        await bot.PressAsync(question, "answer", wrong);

        var card = CardReader.Invoke(await bot.PressAsync(question, "answer", QuizScript.Best(bot.Catalog.Current, question))).Card;

        var text = CardReader.Text(card);
        Assert.Contains("Bạn đã trả lời câu này rồi; câu trả lời đầu tiên được tính.", text, StringComparison.Ordinal);
        Assert.Contains($"**{wrong.ToUpperInvariant()}.** Phương án {wrong} của {QuizScript.QuestionId(question)} ← _bạn chọn_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("answer", CardReader.Verbs(card));
        Assert.Contains("next", CardReader.Verbs(card));
        Assert.Equal(wrong, Assert.Single(bot.Quizzes.Answers).OptionId);
    }

    [Fact]
    public async Task Invoke_ForgedOptionId_RejectsAndShowsTheQuestionAgain()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        var data = Answer(QuizScript.SessionId(question), QuizScript.QuestionId(question), "z");
        var (http, _, card) = CardReader.Invoke(await bot.InvokeAsync(data, "answer"));

        Assert.Equal(200, http.Status);
        Assert.Contains("Câu trả lời này không hợp lệ. Hãy chọn một trong các phương án dưới đây.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("answer", CardReader.Verbs(card));
        Assert.Empty(bot.Quizzes.Answers);
    }

    [Theory]
    [InlineData("not-in-session")]
    [InlineData("later-question")]
    public async Task Invoke_QuestionNotOnScreen_IsNotValid(string which)
    {
        using var bot = await new BotHarness().InstalledAsync();
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));
        var session = Assert.Single(bot.Quizzes.Sessions);
        var questionId = which == "later-question" ? session.QuestionIds[3] : "not-a-question";

        var card = CardReader.Invoke(await bot.InvokeAsync(Answer(session.SessionId, questionId, "a"), "answer")).Card;

        Assert.Contains("Câu trả lời này không hợp lệ.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.Quizzes.Answers);
        Assert.NotNull(question);
    }

    [Fact]
    public async Task Invoke_AnotherUsersCard_SaysItBelongsToSomeoneElse()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        var replies = await bot.PressAsync(question, "answer", "a", userId: BotHarness.OtherUserId);

        var card = CardReader.Invoke(replies).Card;
        Assert.Contains("Thẻ này thuộc về người khác.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.Quizzes.Answers);
    }

    [Fact]
    public async Task TypedAnswer_FromAnotherPersonInTheConversation_DoesNotCount()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.SayAsync("quiz");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("a", userId: BotHarness.OtherUserId)));

        Assert.Contains("Thẻ này thuộc về người khác.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.Quizzes.Answers);
    }

    [Fact]
    public async Task Invoke_DoubleClick_StoresOneAnswer()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        var first = CardReader.Invoke(await bot.PressAsync(question, "answer", "b")).Card;
        var second = CardReader.Invoke(await bot.PressAsync(question, "answer", "b")).Card;

        Assert.Single(bot.Quizzes.Answers);
        Assert.DoesNotContain("đầu tiên được tính", CardReader.Text(first), StringComparison.Ordinal);
        Assert.Contains("câu trả lời đầu tiên được tính", CardReader.Text(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_RedeliveredOnLastQuestion_StoresOneAnswerAndKeepsTheSummary()
    {
        using var bot = await new BotHarness(settings: new Dictionary<string, string?> { ["Quiz:SessionLength"] = "1" }).InstalledAsync();
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));
        var data = (JObject)CardReader.SubmitActions(question)[0]["data"]!;

        var first = Assert.Single(CardReader.Cards(await bot.SubmitAsync(data)));
        var again = Assert.Single(CardReader.Cards(await bot.SubmitAsync(data)));

        Assert.Single(bot.Quizzes.Answers);
        Assert.Contains("Kết quả bài làm", CardReader.Text(first), StringComparison.Ordinal);
        Assert.Contains("Kết quả bài làm", CardReader.Text(again), StringComparison.Ordinal);
        Assert.Contains("câu trả lời đầu tiên được tính", CardReader.Text(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_NextPressedTwice_SendsTheNextQuestionOnce()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));
        var answered = CardReader.Invoke(await bot.PressAsync(question, "answer", "a")).Card;

        var first = await bot.PressAsync(answered, "next");
        var second = await bot.PressAsync(answered, "next");

        Assert.Contains("Câu 2/5", CardReader.Text(Assert.Single(CardReader.Cards(first))), StringComparison.Ordinal);
        Assert.Empty(CardReader.Cards(second));
        Assert.DoesNotContain("next", CardReader.Verbs(CardReader.Invoke(second).Card));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"text\"")]
    [InlineData("{}")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\",\"data\":{\"verb\":\"answer\"}}}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"answer\",\"data\":{\"sessionId\":{\"x\":1},\"optionId\":7}}}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"launch-missiles\"}}")]
    public async Task Invoke_MalformedValue_Answers200WithACard(string json)
    {
        using var bot = await new BotHarness().InstalledAsync();

        var (http, body, card) = CardReader.Invoke(await bot.SendRawInvokeAsync(JToken.Parse(json)));

        Assert.Equal(200, http.Status);
        Assert.Equal(200, body.StatusCode);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.Type);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.False(string.IsNullOrWhiteSpace(CardReader.Text(card)));
        Assert.Empty(bot.Quizzes.Answers);
    }

    [Fact]
    public async Task Invoke_StoreFails_StillAnswers200WithAnApology()
    {
        var failing = new Mock<IQuizStore>();
        failing.Setup(s => s.GetSessionWithAnswersAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException("database down"));
        using var bot = await new BotHarness(replace: s => s.AddSingleton(failing.Object)).InstalledAsync();

        var (http, _, card) = CardReader.Invoke(await bot.InvokeAsync(Answer("s1", "sm-001", "a"), "answer"));

        Assert.Equal(200, http.Status);
        Assert.Contains("Xin lỗi, chưa xử lý được thao tác này.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains(bot.Logs.GetSnapshot(), r => r.Exception is TimeoutException);
    }

    private static JObject Answer(string sessionId, string questionId, string optionId) => new()
    {
        ["verb"] = "answer",
        ["sessionId"] = sessionId,
        ["questionId"] = questionId,
        ["optionId"] = optionId,
    };
}
