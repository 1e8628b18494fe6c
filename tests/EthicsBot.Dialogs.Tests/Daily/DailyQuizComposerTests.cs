namespace EthicsBot.Dialogs.Tests.Daily;

using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain.Quizzes;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Newtonsoft.Json.Linq;

public sealed class DailyQuizComposerTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public async Task ComposeDaily_KnownUser_StartsADailySessionAndSendsItsFirstQuestion()
    {
        using var bot = await new BotHarness().InstalledAsync();

        var message = await Composer(bot).ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None);

        Assert.NotNull(message);
        var card = CardReader.Card((Activity)message.Activity);
        Assert.Contains("Câu hỏi hằng ngày · Thứ Ba, 10/03/2026", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("Câu 1/2", CardReader.Text(card), StringComparison.Ordinal);
        var session = Assert.Single(bot.Quizzes.Sessions);
        Assert.Equal(SessionKind.Daily, session.Kind);
        Assert.Equal(DailySessionIds.For(BotHarness.UserId, Today), session.SessionId);
        Assert.Equal(session.SessionId, message.SessionId);
        Assert.Equal(session.SessionId, QuizScript.SessionId(card));
    }

    [Fact]
    public async Task ComposeDaily_Retried_ReusesTheSameSession()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var composer = Composer(bot);

        var first = await composer.ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None);
        var again = await composer.ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None);

        Assert.Single(bot.Quizzes.Sessions);
        Assert.Equal(first!.SessionId, again!.SessionId);
        Assert.Equal(QuizScript.QuestionId(CardReader.Card((Activity)first.Activity)), QuizScript.QuestionId(CardReader.Card((Activity)again.Activity)));
    }

    [Fact]
    public async Task ComposeDaily_NewSession_ReadsNoAnswers()
    {
        using var bot = await new BotHarness().InstalledAsync();

        await Composer(bot).ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None);

        Assert.Equal(0, bot.Quizzes.SessionAnswerReads);
    }

    [Fact]
    public async Task ComposeDaily_RetriedAfterTheFirstAnswer_SendsTheSecondQuestion()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var composer = Composer(bot);
        var first = CardReader.Card((Activity)(await composer.ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None))!.Activity);
        await bot.PressAsync(first, "answer", "a");

        var again = CardReader.Card((Activity)(await composer.ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None))!.Activity);

        Assert.Contains("Câu 2/2", CardReader.Text(again), StringComparison.Ordinal);
        Assert.NotEqual(QuizScript.QuestionId(first), QuizScript.QuestionId(again));
    }

    [Fact]
    public void ComposeSample_AnyBank_BuildsADailyCardWithoutStoringAnything()
    {
        using var bot = new BotHarness();

        var sample = Composer(bot).ComposeSample();

        Assert.NotNull(sample);
        var text = CardReader.Text(CardReader.Card((Activity)sample));
        Assert.Contains("Câu hỏi hằng ngày", text, StringComparison.Ordinal);
        Assert.Contains("Câu 1/2", text, StringComparison.Ordinal);
        Assert.Empty(bot.Quizzes.Sessions);
    }

    [Fact]
    public async Task ComposeDaily_UnknownUser_SendsNothing()
    {
        using var bot = new BotHarness();

        Assert.Null(await Composer(bot).ComposeDailyAsync("29:nobody", Today, CancellationToken.None));
        Assert.Empty(bot.Quizzes.Sessions);
    }

    [Fact]
    public async Task DailyCard_AnsweredWithoutAnyQuizRunning_CountsAndMarksTheDeliveryOnce()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var daily = CardReader.Card((Activity)(await Composer(bot).ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None))!.Activity);

        var answered = CardReader.Invoke(await bot.PressAsync(daily, "answer", "a")).Card;
        var next = Assert.Single(CardReader.Cards(await bot.PressAsync(answered, "next")));
        var last = CardReader.Invoke(await bot.PressAsync(next, "answer", "b")).Card;

        Assert.Equal(2, bot.Quizzes.Answers.Count);
        Assert.Contains("Câu 2/2", CardReader.Text(next), StringComparison.Ordinal);
        Assert.Contains("Kết quả bài làm", CardReader.Text(last), StringComparison.Ordinal);
        bot.Deliveries.Verify(d => d.MarkSessionAnsweredAsync(DailySessionIds.For(BotHarness.UserId, Today), BotHarness.Start, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DailyCard_TypedAnswer_GoesToTodaysDailyQuestion()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var daily = CardReader.Card((Activity)(await Composer(bot).ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None))!.Activity);

        var answered = Assert.Single(CardReader.Cards(await bot.SayAsync("đáp án c")));

        var answer = Assert.Single(bot.Quizzes.Answers);
        Assert.Equal(QuizScript.QuestionId(daily), answer.QuestionId);
        Assert.Equal("c", answer.OptionId);
        Assert.Contains("Giải thích", CardReader.Text(answered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyCard_NextAfterAnotherQuizTookOver_StillBringsTheNextDailyQuestion()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var daily = CardReader.Card((Activity)(await Composer(bot).ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None))!.Activity);
        var answered = CardReader.Invoke(await bot.PressAsync(daily, "answer", "a")).Card;
        await bot.SayAsync("quiz");

        var next = Assert.Single(CardReader.Cards(await bot.PressAsync(answered, "next")));

        Assert.Contains("Câu 2/2", CardReader.Text(next), StringComparison.Ordinal);
        Assert.Equal(DailySessionIds.For(BotHarness.UserId, Today), QuizScript.SessionId(next));
    }

    [Fact]
    public async Task DailyCard_TypedNextBeforeAnswering_ShowsTheDailyQuestionAgain()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var daily = CardReader.Card((Activity)(await Composer(bot).ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None))!.Activity);

        var again = Assert.Single(CardReader.Cards(await bot.SayAsync("tiếp")));

        Assert.Equal(QuizScript.QuestionId(daily), QuizScript.QuestionId(again));
        Assert.Contains("Bạn đang làm dở câu này:", CardReader.Text(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_BeforeAndAfterAnAnswer_IsSentOnlyWhileUnanswered()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");
        var composer = Composer(bot);
        var daily = (await composer.ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None))!;

        var reminder = await composer.ComposeReminderAsync(BotHarness.UserId, Today, daily.SessionId, CancellationToken.None);
        await bot.SayAsync("a", "en-US");
        var late = await composer.ComposeReminderAsync(BotHarness.UserId, Today, daily.SessionId, CancellationToken.None);

        var card = CardReader.Card((Activity)reminder!);
        Assert.Contains("A gentle reminder: today's daily question is still waiting for you.", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("Daily quiz · Tuesday 10 March 2026", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Null(late);
    }

    [Fact]
    public async Task AutoPausedNotice_ResumeButton_TurnsTheDailyQuizBackOn()
    {
        using var bot = await new BotHarness().InstalledAsync();
        await bot.Subscriptions.UpsertAsync(BotHarness.UserId, new Domain.Daily.DailySettings { AutoPaused = true });

        var notice = CardReader.Card((Activity)await Composer(bot).ComposeAutoPausedAsync(BotHarness.UserId, CancellationToken.None));
        var resume = (JObject)CardReader.SubmitActions(notice).Single()["data"]!;
        await bot.SubmitAsync(resume);

        Assert.Contains("Mình đã tạm dừng câu hỏi hằng ngày", CardReader.Text(notice), StringComparison.Ordinal);
        Assert.False((await bot.Subscriptions.GetAsync(BotHarness.UserId))!.Settings.AutoPaused);
    }

    [Fact]
    public void AddDialogs_RegistersTheComposerForTheDeliveryEngine()
    {
        using var bot = new BotHarness();

        Assert.IsType<DailyQuizComposer>(bot.Services.GetRequiredService<IDailyQuizComposer>());
    }

    [Fact]
    public async Task ComposeDaily_ContestSeasonWithWeeklyTopic_DrawsOnlyThatTopic()
    {
        // The season starts on Monday 9 March 2026; its first week's topic is information security.
        using var bot = await new BotHarness(settings: new Dictionary<string, string?>
        {
            ["Contest:Start"] = "2026-03-09",
            ["Contest:End"] = "2026-04-30",
            ["Contest:Topics:0"] = "generative-ai",
            ["Contest:WeeklyTopics:0"] = "info-security",
        }).InstalledAsync();

        await Composer(bot).ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None);

        Assert.Equal(["is-001", "is-002"], Assert.Single(bot.Quizzes.Sessions).QuestionIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ComposeDaily_SeasonOver_DrawsFromTheWholeBank()
    {
        var topics = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 0; seed < 6; seed++)
        {
            using var bot = await new BotHarness(settings: new Dictionary<string, string?>
            {
                ["Contest:Start"] = "2026-02-02",
                ["Contest:End"] = "2026-03-08",
                ["Contest:WeeklyTopics:0"] = "info-security",
            }, replace: services => services.AddSingleton(new Random(seed))).InstalledAsync();
            await Composer(bot).ComposeDailyAsync(BotHarness.UserId, Today, CancellationToken.None);
            topics.UnionWith(Assert.Single(bot.Quizzes.Sessions).QuestionIds.Select(id => id[..2]));
        }

        Assert.Contains("sm", topics);
    }

    private static IDailyQuizComposer Composer(BotHarness bot) => bot.Services.GetRequiredService<IDailyQuizComposer>();
}
