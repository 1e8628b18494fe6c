namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;

public sealed class QuizSessionTests
{
    [Fact]
    public async Task Quiz_FullSessionInVietnameseWithButtons_EndsWithSummary()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var catalog = bot.Catalog.Current;
        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("Bắt đầu")));
        string? wrongTopic = null;

        for (var number = 1; number <= 5; number++)
        {
            Assert.Contains($"Câu {number}/5", CardReader.Text(card), StringComparison.Ordinal);
            Assert.Contains("Trả lời 1–", CardReader.Text(card), StringComparison.Ordinal);
            var wrong = number == 2;
            if (wrong)
            {
                wrongTopic = catalog.QuestionsById[QuizScript.QuestionId(card)].TopicId;
            }

            var option = wrong ? QuizScript.Wrong(catalog, card) : QuizScript.Best(catalog, card);
            var dilemma = catalog.QuestionsById[QuizScript.QuestionId(card)].Kind == QuestionKind.Dilemma;
            var answered = await bot.PressAsync(card, "answer", option);

            var (http, body, replacement) = CardReader.Invoke(answered);
            Assert.Equal(200, http.Status);
            Assert.Equal(200, body.StatusCode);
            Assert.Equal("application/vnd.microsoft.card.adaptive", body.Type);
            Assert.DoesNotContain("answer", CardReader.Verbs(replacement));
            var verdict = (wrong, dilemma) switch
            {
                (true, true) => "❌ Chưa phù hợp.",
                (true, false) => "❌ Chưa đúng.",
                (false, true) => "🌟 Cách xử lý tốt nhất!",
                _ => "✅ Chính xác!",
            };
            Assert.Contains(verdict, CardReader.Text(replacement), StringComparison.Ordinal);
            if (number < 5)
            {
                // Next (Execute and its Submit fallback), then the report form (ShowCard, its Execute and fallback).
                Assert.Equal(["next", "next", null, "report", "report"], CardReader.Verbs(replacement));
                var next = await bot.PressAsync(replacement, "next");
                Assert.Equal(2, next.Count);
                Assert.DoesNotContain("next", CardReader.Verbs(CardReader.Invoke(next).Card));
                Assert.Contains("Câu tiếp theo ở tin nhắn bên dưới.", CardReader.Text(CardReader.Invoke(next).Card), StringComparison.Ordinal);
                card = Assert.Single(CardReader.Cards(next));
            }
            else
            {
                var text = CardReader.Text(replacement);
                Assert.Contains("Kết quả bài làm", text, StringComparison.Ordinal);
                Assert.Contains("Đúng 4/5 câu · Điểm 4/5 (80%)", text, StringComparison.Ordinal);
                Assert.Contains("Nên ôn lại: " + catalog.FindTopic(wrongTopic!)!.Name.Vi, text, StringComparison.Ordinal);
                Assert.DoesNotContain("next", CardReader.Verbs(replacement));
            }
        }

        var session = Assert.Single(bot.Quizzes.Sessions);
        Assert.Equal(BotHarness.Start, session.CompletedAt);
        Assert.Equal(TestCatalog.Version, session.ContentVersion);
        Assert.Equal(Locale.Vi, session.Locale);
        Assert.Equal(SessionKind.OnDemand, session.Kind);
        Assert.Equal(5, bot.Quizzes.Answers.Count);
        Assert.All(bot.Quizzes.Answers, a => Assert.Equal(TestCatalog.Version, a.ContentVersion));
        Assert.Equal(session.QuestionIds, bot.Quizzes.Answers.Select(a => a.QuestionId));
    }

    [Fact]
    public async Task Quiz_FullSessionInEnglishByText_EndsWithSummary()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");
        var catalog = bot.Catalog.Current;
        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("QUIZ", "en-US")));

        for (var number = 1; number <= 5; number++)
        {
            Assert.Contains($"Question {number}/5", CardReader.Text(card), StringComparison.Ordinal);
            Assert.Contains("Reply 1–", CardReader.Text(card), StringComparison.Ordinal);
            var reply = $"answer {QuizScript.Best(catalog, card)}";
            var dilemma = catalog.QuestionsById[QuizScript.QuestionId(card)].Kind == QuestionKind.Dilemma;
            var answered = Assert.Single(CardReader.Cards(await bot.SayAsync(reply, "en-US")));
            Assert.Contains(dilemma ? "🌟 The best choice!" : "✅ Correct!", CardReader.Text(answered), StringComparison.Ordinal);
            Assert.Contains("Explanation of " + QuizScript.QuestionId(card), CardReader.Text(answered), StringComparison.Ordinal);
            if (number < 5)
            {
                Assert.Contains("Press \"Next\" or type \"next\".", CardReader.Text(answered), StringComparison.Ordinal);
                card = Assert.Single(CardReader.Cards(await bot.SayAsync("next", "en-US")));
            }
            else
            {
                Assert.Contains("Your result", CardReader.Text(answered), StringComparison.Ordinal);
                Assert.Contains("5 of 5 correct · Score 5/5 (100%)", CardReader.Text(answered), StringComparison.Ordinal);
                Assert.Contains("No wrong answers. Well done!", CardReader.Text(answered), StringComparison.Ordinal);
                Assert.Equal([null, "report", "report", "quiz", "progress"], CardReader.Verbs(answered));
            }
        }

        Assert.NotNull(Assert.Single(bot.Quizzes.Sessions).CompletedAt);
        Assert.Equal(5, bot.Quizzes.Answers.Count);
    }

    [Theory]
    [InlineData("digit")]
    [InlineData("letter")]
    [InlineData("đáp án")]
    [InlineData("dap an")]
    [InlineData("submit")]
    public async Task Answer_TextAndSubmitFallbacks_AnswerTheCurrentQuestion(string style)
    {
        using var bot = await new BotHarness().InstalledAsync();
        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("kiem tra")));
        var best = QuizScript.Best(bot.Catalog.Current, card);

        var replies = style switch
        {
            "digit" => await bot.SayAsync(QuizScript.Digit(best)),
            "letter" => await bot.SayAsync(best.ToUpperInvariant()),
            "đáp án" => await bot.SayAsync($"Đáp án {best}"),
            "dap an" => await bot.SayAsync($"dap an: {best}"),
            _ => await bot.SubmitAsync((Newtonsoft.Json.Linq.JObject)CardReader.SubmitActions(card)
                .First(a => (string?)a["data"]!["optionId"] == best)["data"]!),
        };

        var answered = Assert.Single(CardReader.Cards(replies));
        Assert.Contains("✅ Chính xác!", CardReader.Text(answered), StringComparison.Ordinal);
        var answer = Assert.Single(bot.Quizzes.Answers);
        Assert.Equal(QuizScript.QuestionId(card), answer.QuestionId);
        Assert.Equal(best, answer.OptionId);
    }

    [Fact]
    public async Task Answer_TypedSequence_TwoThenBThenDapAnC_EachAnswersItsQuestion()
    {
        using var bot = await new BotHarness().InstalledAsync();
        Assert.Single(CardReader.Cards(await bot.SayAsync("bắt đầu")));

        await bot.SayAsync("2");
        await bot.SayAsync("tiếp");
        await bot.SayAsync("b");
        await bot.SayAsync("tiep");
        await bot.SayAsync("đáp án c");

        var session = Assert.Single(bot.Quizzes.Sessions);
        Assert.Equal(session.QuestionIds.Take(3), bot.Quizzes.Answers.Select(a => a.QuestionId));
        Assert.Equal(["b", "b", "c"], bot.Quizzes.Answers.Select(a => a.OptionId));
    }

    [Fact]
    public async Task Next_TypedBeforeAnswering_RepeatsTheCurrentQuestion()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var first = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        var again = Assert.Single(CardReader.Cards(await bot.SayAsync("tiếp")));

        Assert.Contains("Bạn đang làm dở câu này:", CardReader.Text(again), StringComparison.Ordinal);
        Assert.Equal(QuizScript.QuestionId(first), QuizScript.QuestionId(again));
    }

    [Fact]
    public async Task Stop_DuringQuiz_EndsItAndOldCardsNoLongerCount()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        var stopped = Assert.Single(CardReader.Cards(await bot.SayAsync("dừng")));
        var late = CardReader.Invoke(await bot.PressAsync(card, "answer", "a")).Card;

        Assert.Contains("Đã dừng bài kiểm tra (0/5", CardReader.Text(stopped), StringComparison.Ordinal);
        Assert.Contains("Bài kiểm tra này đã kết thúc", CardReader.Text(late), StringComparison.Ordinal);
        Assert.Empty(bot.Quizzes.Answers);
    }

    [Fact]
    public async Task Quiz_WhileAnotherIsRunning_ClosesTheOldOne()
    {
        using var bot = await new BotHarness().InstalledAsync();
        Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        var second = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        Assert.Contains("Bài đang làm dở trước đó đã được đóng lại.", CardReader.Text(second), StringComparison.Ordinal);
        Assert.Equal(2, bot.Quizzes.Sessions.Count);
    }
}
