namespace EthicsBot.Persistence.Tests.Quizzes;

using EthicsBot.Domain.Content;

/// <summary>What starting a quiz reads of the history: each question's latest answer of the user, oldest first.</summary>
public abstract partial class QuizStoreContract
{
    [SkippableFact]
    public async Task GetLatestAnswerPerQuestionAsync_RepeatedQuestionsAndTies_OneLatestRowPerQuestionOldestFirst()
    {
        await using var db = await CreateAsync();
        foreach (var session in new[] { "s-1", "s-2", "s-3" })
        {
            await db.Quizzes.CreateSessionAsync(Samples.Session(session));
        }

        await db.Quizzes.CreateSessionAsync(Samples.Session("other-1", "29:other"));
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-1", "q-b") with { AnsweredAt = TestDatabase.Now.AddMinutes(1), OptionId = "a" });
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-1", "q-a") with { AnsweredAt = TestDatabase.Now.AddMinutes(2), OptionId = "a" });
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-2", "q-b") with { AnsweredAt = TestDatabase.Now.AddMinutes(9), OptionId = "b", Grade = OptionGrade.Best });
        // Two answers to q-c in one instant: the one recorded later counts.
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-2", "q-c") with { AnsweredAt = TestDatabase.Now.AddMinutes(5), OptionId = "a" });
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-3", "q-c") with { AnsweredAt = TestDatabase.Now.AddMinutes(5), OptionId = "c" });
        // Recorded last but answered earlier than s-2's q-b: time decides, not the order of recording.
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-3", "q-b") with { AnsweredAt = TestDatabase.Now.AddMinutes(4), OptionId = "d" });
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("other-1", "q-z", "29:other") with { AnsweredAt = TestDatabase.Now });

        var latest = await db.Quizzes.GetLatestAnswerPerQuestionAsync("29:user-1");

        Assert.Equal(
            [("q-a", "s-1", "a"), ("q-c", "s-3", "c"), ("q-b", "s-2", "b")],
            latest.Select(a => (a.QuestionId, a.SessionId, a.OptionId)));
        Assert.Equal(OptionGrade.Best, latest[2].Grade);
        Assert.Empty(await db.Quizzes.GetLatestAnswerPerQuestionAsync("29:nobody"));
    }
}
