namespace EthicsBot.Persistence.Tests.Feedback;

using EthicsBot.Persistence.Feedback;

public abstract class FeedbackStoreContract : StoreContract
{
    private static QuestionReport Report(string user, string question, ReportReason reason = ReportReason.Unclear, string? note = null, int minute = 0) => new()
    {
        UserId = user,
        QuestionId = question,
        ContentVersion = "c-1",
        Reason = reason,
        Note = note,
        ReportedAt = TestDatabase.Now.AddMinutes(minute),
    };

    [SkippableFact]
    public async Task ReportAsync_SameUserTwiceWhileOpen_StoresOnceUntilCleared()
    {
        await using var db = await CreateAsync();

        Assert.True(await db.Feedback.ReportAsync(Report("u1", "q1", note: "luật cũ")));
        Assert.False(await db.Feedback.ReportAsync(Report("u1", "q1", ReportReason.Other)));
        Assert.Equal(1, await db.Feedback.ClearAsync("q1", TestDatabase.Now.AddHours(1)));
        Assert.True(await db.Feedback.ReportAsync(Report("u1", "q1", ReportReason.WrongAnswer, minute: 90)));

        var open = Assert.Single(await db.Feedback.OpenAsync());
        Assert.Equal(("q1", 1, 1, TestDatabase.Now.AddMinutes(90)), (open.QuestionId, open.Reports, open.Reasons[ReportReason.WrongAnswer], open.LastReportedAt));
    }

    [SkippableFact]
    public async Task ReportedByAtLeastAsync_CountsOpenReportsOfDifferentUsers()
    {
        await using var db = await CreateAsync();
        await db.Feedback.ReportAsync(Report("u1", "q1"));
        await db.Feedback.ReportAsync(Report("u2", "q1", ReportReason.OutdatedLaw, "Nghị định mới"));
        await db.Feedback.ReportAsync(Report("u1", "q2"));

        Assert.Equal(["q1"], await db.Feedback.ReportedByAtLeastAsync(2));
        Assert.Equal(["q1", "q2"], await db.Feedback.ReportedByAtLeastAsync(1));
        var open = await db.Feedback.OpenAsync();
        Assert.Equal(["q1", "q2"], open.Select(o => o.QuestionId));
        Assert.Equal(["Nghị định mới"], open[0].Notes);
    }
}
