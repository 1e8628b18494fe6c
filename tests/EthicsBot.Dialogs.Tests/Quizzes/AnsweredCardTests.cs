namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain.Content;

public sealed class AnsweredCardTests
{
    [Fact]
    public async Task Invoke_WrongAnswer_ReplacementShowsChoiceFeedbackCorrectOptionExplanationAndReference()
    {
        using var bot = await OneQuestionBotAsync("sm-001");
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        var (http, body, card) = CardReader.Invoke(await bot.PressAsync(question, "answer", "c"));

        Assert.Equal(200, http.Status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.Type);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.DoesNotContain(CardReader.ExecuteActions(card), a => (string?)a["verb"] == "answer");
        var text = CardReader.Text(card);
        Assert.Contains("❌ **C.** Phương án c của sm-001 ← _bạn chọn_", text, StringComparison.Ordinal);
        Assert.Contains("✅ **B.** Phương án b của sm-001", text, StringComparison.Ordinal);
        Assert.Contains("❌ Chưa đúng.", text, StringComparison.Ordinal);
        Assert.Contains("Nhận xét phương án c của sm-001", text, StringComparison.Ordinal);
        Assert.Contains("**Đáp án đúng:** B. Phương án b của sm-001", text, StringComparison.Ordinal);
        Assert.Contains("Giải thích của sm-001", text, StringComparison.Ordinal);
        Assert.Contains("• Điều 14, Luật Cán bộ, công chức số 80/2025/QH15 (đang có hiệu lực)", text, StringComparison.Ordinal);
        Assert.Contains("hết hiệu lực từ 01/07/2025", text, StringComparison.Ordinal);
        Assert.Contains("Giải thích của sm-001", (string?)card["fallbackText"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_RightAnswerInEnglish_SaysCorrectWithoutRepeatingTheKey()
    {
        using var bot = await OneQuestionBotAsync("sm-001", "en-US");
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz", "en-US")));

        var card = CardReader.Invoke(await bot.PressAsync(question, "answer", "b", "en-US")).Card;

        var text = CardReader.Text(card);
        Assert.Contains("✅ Correct!", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Correct answer:", text, StringComparison.Ordinal);
        Assert.Contains("• Art. 14, Law on Cadres and Civil Servants No. 80/2025/QH15 (in force)", text, StringComparison.Ordinal);
        Assert.Contains("1 of 1 correct · Score 1/1 (100%)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dilemma_AcceptableAnswer_CountsHalfAndNamesTheBestChoice()
    {
        using var bot = await OneQuestionBotAsync("sm-003");
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        var card = CardReader.Invoke(await bot.PressAsync(question, "answer", "b")).Card;

        var text = CardReader.Text(card);
        Assert.Contains("👍 Chấp nhận được, nhưng chưa phải cách tốt nhất.", text, StringComparison.Ordinal);
        Assert.Contains("👍 **B.** Phương án b của sm-003 ← _bạn chọn_", text, StringComparison.Ordinal);
        Assert.Contains("**Cách xử lý tốt nhất:** A. Phương án a của sm-003", text, StringComparison.Ordinal);
        Assert.Contains("Đúng 1/1 câu · Điểm 0,5/1 (50%)", text, StringComparison.Ordinal);
        Assert.Equal(OptionGrade.Acceptable, Assert.Single(bot.Quizzes.Answers).Grade);
    }

    [Fact]
    public async Task Dilemma_WrongAnswer_SaysNotAppropriateAndSuggestsTheTopic()
    {
        using var bot = await OneQuestionBotAsync("sm-003");
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        var card = CardReader.Invoke(await bot.PressAsync(question, "answer", "d")).Card;

        Assert.Contains("❌ Chưa phù hợp.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("Nên ôn lại: Ứng xử trên mạng xã hội", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionCard_HasProgressHintFallbackTextAndOneExecutePerOptionWithSubmitFallback()
    {
        using var bot = await OneQuestionBotAsync("sm-001");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        Assert.Equal("1.5", (string?)card["version"]);
        var executes = CardReader.ExecuteActions(card);
        Assert.Equal(["a", "b", "c", "d"], executes.Select(a => (string?)a["data"]!["optionId"]));
        Assert.All(executes, a =>
        {
            Assert.Equal("answer", (string?)a["verb"]);
            Assert.Equal("Action.Submit", (string?)a["fallback"]!["type"]);
            Assert.Equal(a["data"]!.ToString(), a["fallback"]!["data"]!.ToString());
            Assert.Equal("answer", (string?)a["fallback"]!["data"]!["verb"]);
        });
        var fallback = (string)card["fallbackText"]!;
        Assert.Contains("Câu 1/1", fallback, StringComparison.Ordinal);
        Assert.Contains("Tình huống sm-001: chị Lan nên làm gì?", fallback, StringComparison.Ordinal);
        Assert.Contains("D. Phương án d của sm-001", fallback, StringComparison.Ordinal);
        Assert.Contains("Trả lời 1–4 hoặc a–d", fallback, StringComparison.Ordinal);
    }

    private static async Task<BotHarness> OneQuestionBotAsync(string questionId, string locale = "vi-VN")
    {
        var bot = new BotHarness(TestCatalog.Build([.. TestCatalog.Questions().Where(q => q.Id == questionId)]));
        return await bot.InstalledAsync(locale);
    }
}
