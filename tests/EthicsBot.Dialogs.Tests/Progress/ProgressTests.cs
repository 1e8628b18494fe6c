namespace EthicsBot.Dialogs.Tests.Progress;

using EthicsBot.Dialogs.Tests.Fakes;

public sealed class ProgressTests
{
    [Fact]
    public async Task Progress_NothingAnswered_InvitesToAFirstQuiz()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("tiến độ")));

        Assert.Contains("Bạn chưa trả lời câu nào", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Equal(["quiz"], CardReader.Verbs(card));
    }

    [Fact]
    public async Task Progress_AfterAnswers_ShowsTotalsPerTopicAndWorkdayStreak()
    {
        using var bot = await new BotHarness().InstalledAsync();
        // Tuesday to Friday, then Monday: the weekend in between does not break the streak.
        foreach (var day in new[] { 0, 1, 2, 3, 6 })
        {
            bot.Time.SetUtcNow(BotHarness.Start.AddDays(day));
            var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz ai")));
            var option = day == 0 ? QuizScript.Wrong(bot.Catalog.Current, card) : QuizScript.Best(bot.Catalog.Current, card);
            await bot.SayAsync(option);
        }

        var progress = Assert.Single(CardReader.Cards(await bot.SayAsync("tien do")));

        var facts = CardReader.Facts(progress);
        Assert.Contains("Số câu đã trả lời: 5", facts, StringComparison.Ordinal);
        Assert.Contains("Tỉ lệ đúng: 80% (4/5)", facts, StringComparison.Ordinal);
        Assert.Contains("Chuỗi hiện tại: 5 ngày làm việc", facts, StringComparison.Ordinal);
        Assert.Contains("AI tạo sinh trong công việc: 80% (4/5)", facts, StringComparison.Ordinal);
        Assert.Contains("An toàn thông tin: chưa làm", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_MissedAWorkday_StreakRestarts()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");
        foreach (var day in new[] { 0, 2 })
        {
            bot.Time.SetUtcNow(BotHarness.Start.AddDays(day));
            await bot.SayAsync("quiz", "en-US");
            await bot.SayAsync("a", "en-US");
        }

        var progress = Assert.Single(CardReader.Cards(await bot.SayAsync("progress", "en-US")));

        Assert.Contains("Current streak: 1 workday", CardReader.Facts(progress), StringComparison.Ordinal);
        Assert.Contains("Longest streak: 1 workday", CardReader.Facts(progress), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_EveryObjectiveRightOnTwoDays_ShowsThePassMark()
    {
        using var bot = await new BotHarness().InstalledAsync();
        // ai-001 right on Tuesday, ai-002 right on Wednesday: both objectives of the AI topic, two days.
        foreach (var (question, day) in new[] { ("ai-001", 0), ("ai-002", 1), ("sm-001", 1) })
        {
            var at = BotHarness.Start.AddDays(day);
            await bot.Quizzes.CreateSessionAsync(new Persistence.Quizzes.QuizSessionRecord
            {
                SessionId = "s-" + question, UserId = BotHarness.UserId, Kind = Domain.Quizzes.SessionKind.OnDemand, QuestionIds = [question],
                ContentVersion = TestCatalog.Version, Locale = Domain.Locale.Vi, StartedAt = at,
            });
            await bot.Quizzes.TryRecordAnswerAsync(new Persistence.Quizzes.AnswerRecord
            {
                SessionId = "s-" + question, UserId = BotHarness.UserId, QuestionId = question, TopicId = bot.Catalog.Current.QuestionsById[question].TopicId,
                OptionId = "x", Grade = Domain.Content.OptionGrade.Best, ContentVersion = TestCatalog.Version, AnsweredAt = at,
            });
        }

        bot.Time.SetUtcNow(BotHarness.Start.AddDays(2));
        var facts = CardReader.Facts(Assert.Single(CardReader.Cards(await bot.SayAsync("tiến độ"))));

        Assert.Contains("AI tạo sinh trong công việc: 100% (2/2) · đạt ngày 11/03/2026", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("đạt ngày", facts.Split('\n').Single(l => l.StartsWith("Ứng xử", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
