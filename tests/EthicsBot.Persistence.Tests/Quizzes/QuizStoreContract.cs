namespace EthicsBot.Persistence.Tests.Quizzes;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;

public abstract partial class QuizStoreContract : StoreContract
{
    [SkippableFact]
    public async Task CreateSessionAsync_NewSession_GetReturnsSameRecord()
    {
        await using var db = await CreateAsync();
        var session = Samples.Session();

        await db.Quizzes.CreateSessionAsync(session);

        var stored = await db.Quizzes.GetSessionAsync(session.SessionId);
        Assert.NotNull(stored);
        Assert.Equal(session.QuestionIds, stored.QuestionIds);
        Assert.Equal(session with { QuestionIds = stored.QuestionIds }, stored);
    }

    [SkippableFact]
    public async Task CreateSessionAsync_OnDemandWithoutTopic_RoundTripsKindAndNullTopic()
    {
        await using var db = await CreateAsync();
        var session = Samples.Session() with { Kind = SessionKind.OnDemand, TopicId = null };

        await db.Quizzes.CreateSessionAsync(session);

        var stored = await db.Quizzes.GetSessionAsync(session.SessionId);
        Assert.Equal(SessionKind.OnDemand, stored!.Kind);
        Assert.Null(stored.TopicId);
    }

    [SkippableFact]
    public async Task CreateSessionAsync_SameIdTwice_ThrowsAndKeepsFirst()
    {
        await using var db = await CreateAsync();
        await db.Quizzes.CreateSessionAsync(Samples.Session());

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Quizzes.CreateSessionAsync(Samples.Session() with { ContentVersion = "other" }));

        Assert.Equal("2026.03.01", (await db.Quizzes.GetSessionAsync("s-1"))!.ContentVersion);
    }

    [SkippableFact]
    public async Task GetSessionAsync_UnknownId_ReturnsNull()
    {
        await using var db = await CreateAsync();

        Assert.Null(await db.Quizzes.GetSessionAsync("missing"));
    }

    [SkippableFact]
    public async Task CompleteSessionAsync_CalledTwice_KeepsFirstCompletionTime()
    {
        await using var db = await CreateAsync();
        await db.Quizzes.CreateSessionAsync(Samples.Session());

        await db.Quizzes.CompleteSessionAsync("s-1", TestDatabase.Now.AddMinutes(5));
        await db.Quizzes.CompleteSessionAsync("s-1", TestDatabase.Now.AddMinutes(9));

        Assert.Equal(TestDatabase.Now.AddMinutes(5), (await db.Quizzes.GetSessionAsync("s-1"))!.CompletedAt);
    }

    [SkippableFact]
    public async Task TryRecordAnswerAsync_FirstAnswer_StoresItAndReturnsTrue()
    {
        await using var db = await CreateAsync();
        await db.Quizzes.CreateSessionAsync(Samples.Session());

        var recorded = await db.Quizzes.TryRecordAnswerAsync(Samples.Answer());

        Assert.True(recorded);
        Assert.Equal([Samples.Answer()], await db.Quizzes.GetSessionAnswersAsync("s-1"));
    }

    [SkippableFact]
    public async Task TryRecordAnswerAsync_SameQuestionAgain_ReturnsFalseAndKeepsOneRow()
    {
        await using var db = await CreateAsync();
        await db.Quizzes.CreateSessionAsync(Samples.Session());
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer());

        var second = await db.Quizzes.TryRecordAnswerAsync(Samples.Answer() with { OptionId = "c", Grade = OptionGrade.Wrong });

        Assert.False(second);
        var stored = Assert.Single(await db.Quizzes.GetSessionAnswersAsync("s-1"));
        Assert.Equal("b", stored.OptionId);
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM answers"));
    }

    [SkippableFact]
    public async Task TryRecordAnswerAsync_ManyConcurrentDuplicates_RecordsExactlyOne()
    {
        await using var db = await CreateAsync();
        await db.Quizzes.CreateSessionAsync(Samples.Session());

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => db.Quizzes.TryRecordAnswerAsync(Samples.Answer()))));

        Assert.Single(results, r => r);
        Assert.Equal(1, await db.CountAsync("SELECT COUNT(*) FROM answers"));
    }

    [SkippableFact]
    public async Task TryRecordAnswerAsync_UnknownSession_ThrowsInvalidOperation()
    {
        await using var db = await CreateAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Quizzes.TryRecordAnswerAsync(Samples.Answer("no-such-session")));
    }

    [SkippableFact]
    public async Task GetUserAnswersAsync_AnswersInSeveralSessions_ReturnsOnlyThatUsersInTimeOrder()
    {
        await using var db = await CreateAsync();
        await db.Quizzes.CreateSessionAsync(Samples.Session("s-1"));
        await db.Quizzes.CreateSessionAsync(Samples.Session("s-2"));
        await db.Quizzes.CreateSessionAsync(Samples.Session("s-other", "29:other"));
        var late = Samples.Answer("s-1", "q-a") with { AnsweredAt = TestDatabase.Now.AddHours(3), Grade = OptionGrade.Best };
        var early = Samples.Answer("s-2", "q-b") with { AnsweredAt = TestDatabase.Now.AddHours(1), Grade = OptionGrade.Wrong };
        await db.Quizzes.TryRecordAnswerAsync(late);
        await db.Quizzes.TryRecordAnswerAsync(early);
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-other", userId: "29:other"));

        var answers = await db.Quizzes.GetUserAnswersAsync("29:user-1");

        Assert.Equal([early, late], answers);
        Assert.False(answers[0].IsCorrect);
    }
}
