namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Persistence.Quizzes;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Two deliveries of one click can both pass the "already answered?" read before either writes; then the
/// store's unique (session, question) key decides, and the loser must show the winner's answer.
/// </summary>
public sealed class AnswerRaceTests
{
    [Fact]
    public async Task Answer_ConcurrentDuplicateWinsTheUniqueKey_OneRowAndTheWinnersChoiceShown()
    {
        RacingQuizStore? racing = null;
        using var bot = await new BotHarness(replace: services =>
            services.AddSingleton<IQuizStore>(sp => racing = new RacingQuizStore(sp.GetRequiredService<InMemoryQuizStore>()))).InstalledAsync();
        var question = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));
        racing!.CompetingOption = "d";

        var card = CardReader.Invoke(await bot.PressAsync(question, "answer", "a")).Card;

        var answer = Assert.Single(bot.Quizzes.Answers);
        Assert.Equal("d", answer.OptionId);
        Assert.Contains("câu trả lời đầu tiên được tính", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("**D.** Phương án d", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Contains("← _bạn chọn_", CardReader.Text(card).Split('\n').Single(l => l.Contains("**D.**", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("next", CardReader.Verbs(card));
    }

    /// <summary>Lets another writer record the same session question just before this one writes.</summary>
    private sealed class RacingQuizStore(InMemoryQuizStore inner) : IQuizStore
    {
        public string? CompetingOption { get; set; }

        public Task CreateSessionAsync(QuizSessionRecord session, CancellationToken cancellationToken = default) => inner.CreateSessionAsync(session, cancellationToken);
        public Task<QuizSessionRecord?> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default) => inner.GetSessionAsync(sessionId, cancellationToken);
        public Task CompleteSessionAsync(string sessionId, DateTimeOffset completedAt, CancellationToken cancellationToken = default) => inner.CompleteSessionAsync(sessionId, completedAt, cancellationToken);
        public Task<IReadOnlyList<AnswerRecord>> GetSessionAnswersAsync(string sessionId, CancellationToken cancellationToken = default) => inner.GetSessionAnswersAsync(sessionId, cancellationToken);
        public Task<SessionWithAnswers?> GetSessionWithAnswersAsync(string sessionId, CancellationToken cancellationToken = default) => inner.GetSessionWithAnswersAsync(sessionId, cancellationToken);
        public Task<IReadOnlyList<AnswerRecord>> GetUserAnswersAsync(string userId, CancellationToken cancellationToken = default) => inner.GetUserAnswersAsync(userId, cancellationToken);

        public Task<IReadOnlyList<AnswerRecord>> GetLatestAnswerPerQuestionAsync(string userId, CancellationToken cancellationToken = default) =>
            inner.GetLatestAnswerPerQuestionAsync(userId, cancellationToken);

        public async Task<bool> TryRecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken = default)
        {
            if (CompetingOption is { } option)
            {
                CompetingOption = null;
                await inner.TryRecordAnswerAsync(answer with { OptionId = option, Grade = Domain.Content.OptionGrade.Wrong }, cancellationToken);
            }

            return await inner.TryRecordAnswerAsync(answer, cancellationToken);
        }
    }
}
