namespace EthicsBot.Persistence.Tests.Quizzes;

using EthicsBot.Domain.Content;

/// <summary>The one-statement read of a session with its answers must give what the two separate reads give.</summary>
public abstract partial class QuizStoreContract
{
    [SkippableFact]
    public async Task GetSessionWithAnswersAsync_UnknownId_ReturnsNull()
    {
        await using var db = await CreateAsync();
        await db.Quizzes.CreateSessionAsync(Samples.Session());

        Assert.Null(await db.Quizzes.GetSessionWithAnswersAsync("missing"));
    }

    [SkippableFact]
    public async Task GetSessionWithAnswersAsync_NoAnswers_ReturnsSessionAndEmptyList()
    {
        await using var db = await CreateAsync();
        var session = Samples.Session() with { CompletedAt = TestDatabase.Now.AddMinutes(9) };
        await db.Quizzes.CreateSessionAsync(session);

        var read = await db.Quizzes.GetSessionWithAnswersAsync("s-1");

        Assert.NotNull(read);
        Assert.Equal(session.QuestionIds, read.Session.QuestionIds);
        Assert.Equal(session with { QuestionIds = read.Session.QuestionIds }, read.Session);
        Assert.Empty(read.Answers);
    }

    [SkippableFact]
    public async Task GetSessionWithAnswersAsync_AnswersOfSeveralSessions_ReturnsThisSessionsInTheSeparateReadsOrder()
    {
        await using var db = await CreateAsync();
        await db.Quizzes.CreateSessionAsync(Samples.Session());
        await db.Quizzes.CreateSessionAsync(Samples.Session("s-2"));
        // Recorded out of time order, two of them in the same instant: insertion order breaks that tie.
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-1", "q-online-03") with { AnsweredAt = TestDatabase.Now.AddMinutes(7), Grade = OptionGrade.Best });
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-1", "q-secrets-02") with { AnsweredAt = TestDatabase.Now.AddMinutes(3), OptionId = "d" });
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-1", "q-privacy-01") with { AnsweredAt = TestDatabase.Now.AddMinutes(3), Grade = OptionGrade.Wrong });
        await db.Quizzes.TryRecordAnswerAsync(Samples.Answer("s-2", "q-privacy-01"));

        var read = await db.Quizzes.GetSessionWithAnswersAsync("s-1");

        Assert.NotNull(read);
        Assert.Equal((await db.Quizzes.GetSessionAsync("s-1"))! with { QuestionIds = read.Session.QuestionIds }, read.Session);
        var separate = await db.Quizzes.GetSessionAnswersAsync("s-1");
        Assert.Equal(["q-secrets-02", "q-privacy-01", "q-online-03"], read.Answers.Select(a => a.QuestionId));
        Assert.Equal(separate, read.Answers);
    }
}
