namespace EthicsBot.Dialogs.Tests.Feedback;

using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Persistence.Feedback;
using Newtonsoft.Json.Linq;
using Moq;

/// <summary>"Báo lỗi câu hỏi / Report a problem": from the answered card's form or typed, one report per learner and question.</summary>
public sealed class ReportTests
{
    [Fact]
    public async Task AnsweredCard_Always_CarriesTheReportFormWithFourReasons()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        var answered = CardReader.Invoke(await bot.PressAsync(card, "answer", "a")).Card;

        var form = answered["actions"]!.OfType<JObject>().Single(a => (string?)a["type"] == "Action.ShowCard");
        Assert.Equal("Báo lỗi câu hỏi", (string?)form["title"]);
        var choices = form["card"]!["body"]![0]!["choices"]!.Select(c => (string?)c["value"]).ToList();
        Assert.Equal(["outdated-law", "wrong-answer", "unclear", "other"], choices);
    }

    [Fact]
    public async Task Report_FromTheCard_RecordsOnceWithTheShownVersionAndThanks()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));
        var question = QuizScript.QuestionId(card);
        var answered = CardReader.Invoke(await bot.PressAsync(card, "answer", "a")).Card;
        var send = CardReader.ExecuteActions(answered).Single(a => (string?)a["verb"] == "report");
        var data = (JObject)send["data"]!.DeepClone();
        data["reason"] = "wrong-answer";
        data["note"] = "  Đáp án c mới đúng theo Điều 13.  ";

        var first = CardReader.Invoke(await bot.InvokeAsync(data, "report")).Card;
        var again = CardReader.Invoke(await bot.InvokeAsync(data, "report")).Card;

        var report = Assert.Single(bot.Feedback.Reports);
        Assert.Equal((BotHarness.UserId, question, ReportReason.WrongAnswer, "Đáp án c mới đúng theo Điều 13."),
            (report.UserId, report.QuestionId, report.Reason, report.Note));
        Assert.Equal(Assert.Single(bot.Quizzes.Answers).ContentVersion, report.ContentVersion);
        Assert.Contains("Cảm ơn bạn! Báo lỗi đã được ghi nhận", CardReader.Text(first), StringComparison.Ordinal);
        Assert.DoesNotContain("report", CardReader.Verbs(first));
        Assert.Contains("Bạn đã báo lỗi câu hỏi này rồi", CardReader.Text(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_FromTheCardWithoutAReason_AsksForOneAndStoresNothing()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));
        var answered = CardReader.Invoke(await bot.PressAsync(card, "answer", "a")).Card;

        var reply = CardReader.Invoke(await bot.PressAsync(answered, "report")).Card;

        Assert.Contains("Hãy chọn một lý do rồi gửi lại.", CardReader.Text(reply), StringComparison.Ordinal);
        Assert.Contains("report", CardReader.Verbs(reply));
        Assert.Empty(bot.Feedback.Reports);
    }

    [Theory]
    [InlineData("báo lỗi sai đáp án câu c mới đúng", ReportReason.WrongAnswer, "câu c mới đúng")]
    [InlineData("báo lỗi luật cũ", ReportReason.OutdatedLaw, null)]
    [InlineData("report unclear the stem mixes two cases", ReportReason.Unclear, "the stem mixes two cases")]
    [InlineData("báo lỗi câu hỏi này thiếu dữ kiện", ReportReason.Other, "này thiếu dữ kiện")]
    public async Task Report_Typed_ReportsTheLastAnsweredQuestion(string text, ReportReason reason, string? note)
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.SayAsync("quiz");
        await bot.SayAsync("a");

        var reply = Assert.Single(CardReader.Cards(await bot.SayAsync(text)));

        var report = Assert.Single(bot.Feedback.Reports);
        Assert.Equal((Assert.Single(bot.Quizzes.Answers).QuestionId, reason, note), (report.QuestionId, report.Reason, report.Note));
        Assert.Contains("Cảm ơn bạn! Báo lỗi đã được ghi nhận", CardReader.Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_TypedWithoutReasonOrAnswer_ExplainsAndStoresNothing()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var nothing = Assert.Single(CardReader.Cards(await bot.SayAsync("báo lỗi sai đáp án")));
        await bot.SayAsync("quiz");
        await bot.SayAsync("a");
        var howTo = Assert.Single(CardReader.Cards(await bot.SayAsync("báo lỗi")));

        Assert.Contains("Chưa có câu hỏi nào bạn đã trả lời để báo lỗi.", CardReader.Text(nothing), StringComparison.Ordinal);
        Assert.Contains("Gõ \"báo lỗi\" kèm lý do", CardReader.Text(howTo), StringComparison.Ordinal);
        Assert.Empty(bot.Feedback.Reports);
    }

    [Fact]
    public async Task Refresh_FiveDifferentLearners_QuarantinesUntilCleared()
    {
        var store = new InMemoryQuestionFeedbackStore();
        var catalogs = new FixedCatalogProvider(TestCatalog.Build());
        var quarantine = new EthicsBot.Dialogs.Feedback.FeedbackQuarantine(store, catalogs, Microsoft.Extensions.Options.Options.Create(new Content.ContentOptions()));
        for (var i = 1; i <= 4; i++)
        {
            await store.ReportAsync(Report("29:u" + i, "q-1"));
        }

        await store.ReportAsync(Report("29:u1", "q-2"));
        var afterFour = await quarantine.RefreshAsync(CancellationToken.None);
        await store.ReportAsync(Report("29:u5", "q-1"));
        var afterFive = await quarantine.RefreshAsync(CancellationToken.None);
        await store.ClearAsync("q-1", BotHarness.Start);
        var afterClear = await quarantine.RefreshAsync(CancellationToken.None);

        Assert.Empty(afterFour);
        Assert.Equal(["q-1"], afterFive);
        Assert.Empty(afterClear);
        Assert.Empty(catalogs.Quarantine);
    }

    [Fact]
    public async Task Refresh_StaleReadStillRunning_NewerRefreshWaitsAndItsListStands()
    {
        var staleRead = new TaskCompletionSource<IReadOnlyList<string>>();
        var store = new Mock<IQuestionFeedbackStore>();
        store.SetupSequence(s => s.ReportedByAtLeastAsync(It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Returns(staleRead.Task)
            .ReturnsAsync(["q-1"]);
        var catalogs = new FixedCatalogProvider(TestCatalog.Build());
        var quarantine = new EthicsBot.Dialogs.Feedback.FeedbackQuarantine(store.Object, catalogs, Microsoft.Extensions.Options.Options.Create(new Content.ContentOptions()));

        // The start-up refresh read the store before the fifth report; the report's own refresh comes while it hangs.
        var stale = quarantine.RefreshAsync(CancellationToken.None);
        var fresh = quarantine.RefreshAsync(CancellationToken.None);
        staleRead.SetResult([]);
        await Task.WhenAll(stale, fresh);

        Assert.Equal(["q-1"], catalogs.Quarantine);
        Assert.Equal(["q-1"], await fresh);
    }

    private static QuestionReport Report(string user, string question) => new()
    {
        UserId = user,
        QuestionId = question,
        ContentVersion = "c-1",
        Reason = ReportReason.Unclear,
        ReportedAt = BotHarness.Start,
    };
}
