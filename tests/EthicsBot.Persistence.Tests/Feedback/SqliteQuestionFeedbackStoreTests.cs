namespace EthicsBot.Persistence.Tests.Feedback;

using EthicsBot.Persistence.Feedback;

public sealed class SqliteQuestionFeedbackStoreTests
{
    private static QuestionReport Report(string user, string question, ReportReason reason = ReportReason.Unclear, int day = 0, string? note = null) => new()
    {
        UserId = user,
        QuestionId = question,
        ContentVersion = "c-0001",
        Reason = reason,
        Note = note,
        ReportedAt = TestDatabase.Now.AddDays(day),
    };

    [Fact]
    public async Task ReportAsync_SameUserTwice_KeepsTheFirstOpenReport()
    {
        await using var db = await TestDatabase.CreateAsync();
        var store = new SqliteQuestionFeedbackStore(db.Database);

        var first = await store.ReportAsync(Report("u1", "q1", ReportReason.WrongAnswer, note: "c mới đúng"));
        var second = await store.ReportAsync(Report("u1", "q1", ReportReason.Other, day: 1));

        Assert.True(first);
        Assert.False(second);
        var summary = Assert.Single(await store.OpenAsync());
        Assert.Equal(1, summary.Reports);
        Assert.Equal(1, summary.Reasons[ReportReason.WrongAnswer]);
        Assert.Equal(["c mới đúng"], summary.Notes);
    }

    [Fact]
    public async Task OpenAsync_SeveralQuestions_MostReportedFirst()
    {
        await using var db = await TestDatabase.CreateAsync();
        var store = new SqliteQuestionFeedbackStore(db.Database);
        await store.ReportAsync(Report("u1", "q1"));
        foreach (var user in new[] { "u1", "u2", "u3" })
        {
            await store.ReportAsync(Report(user, "q2", ReportReason.OutdatedLaw));
        }

        var open = await store.OpenAsync();

        Assert.Equal([("q2", 3), ("q1", 1)], open.Select(s => (s.QuestionId, s.Reports)));
        Assert.Equal(["q2"], await store.ReportedByAtLeastAsync(3));
    }

    [Fact]
    public async Task ClearAsync_ThenReportAgain_CountsOnlyReportsAfterTheClearing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var store = new SqliteQuestionFeedbackStore(db.Database);
        await store.ReportAsync(Report("u1", "q1"));
        await store.ReportAsync(Report("u2", "q1"));

        var cleared = await store.ClearAsync("q1", TestDatabase.Now.AddDays(2));
        var afterClear = await store.OpenAsync();
        var again = await store.ReportAsync(Report("u1", "q1", day: 3));

        Assert.Equal(2, cleared);
        Assert.Empty(afterClear);
        Assert.True(again);
        Assert.Equal(1, Assert.Single(await store.OpenAsync()).Reports);
        Assert.Equal(0, await store.ClearAsync("q-none", TestDatabase.Now));
    }

    [Fact]
    public async Task DeleteAllAsync_User_RemovesTheirReports()
    {
        await using var db = await TestDatabase.CreateAsync();
        var store = new SqliteQuestionFeedbackStore(db.Database);
        await db.Users.UpsertAsync(Samples.User());
        await store.ReportAsync(Report(Samples.User().UserId, "q1"));
        await store.ReportAsync(Report("other", "q1"));

        await db.Users.DeleteAllAsync(Samples.User().UserId);

        Assert.Equal(1, Assert.Single(await store.OpenAsync()).Reports);
    }
}
