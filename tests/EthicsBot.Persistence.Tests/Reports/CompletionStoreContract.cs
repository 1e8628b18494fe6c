namespace EthicsBot.Persistence.Tests.Reports;

public abstract class CompletionStoreContract : StoreContract
{
    [SkippableFact]
    public async Task MembersAsync_OnADay_ListsWhoBelongsToTheUnitsThen()
    {
        await using var db = await CreateAsync();
        await ReportSeed.SeedAsync(db);

        var before = await db.Completion.MembersAsync(["xa-b"], new DateOnly(2026, 3, 3));
        var after = await db.Completion.MembersAsync(["xa-b"], new DateOnly(2026, 3, 4));

        Assert.Equal(["u4"], before.Select(m => m.UserId));
        Assert.Equal(["u4", "u5"], after.Select(m => m.UserId).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task RightAnswersAsync_ByLocalDay_KeepsOnlyRightAnswersInTheRange()
    {
        await using var db = await CreateAsync();
        await ReportSeed.SeedAsync(db);

        var answers = await db.Completion.RightAnswersAsync(["u1", "u2"], ReportSeed.Range.From, ReportSeed.Range.To, ReportSeed.Range.UtcOffset);

        // u1's q0 is local 03-01 (before), q2 is wrong; u2's q1 is local 03-16 (after), q2 wrong.
        Assert.Equal([("u1", new DateOnly(2026, 3, 2), "q1"), ("u1", new DateOnly(2026, 3, 3), "q3")],
            answers.Select(a => (a.UserId, a.Day, a.QuestionId)).Order());
    }
}
