namespace EthicsBot.Persistence.Tests.Reports;

using EthicsBot.Persistence.Reports;

public abstract class ReportStoreContract : StoreContract
{
    [SkippableFact]
    public async Task ReadAsync_CommuneA_CountsKnownAnswersByDatedMembership()
    {
        await using var db = await CreateAsync();
        await ReportSeed.SeedAsync(db);

        var a = await db.Reports.ReadAsync(["xa-a"], ReportSeed.Range, mostMissed: 5);

        Assert.Equal((4, 3, 3, 5, 2), (a.People, a.Enrolled, a.Active, a.Answers, a.Correct));
        Assert.Equal([new TopicFigures("t1", 4, 1, 3), new TopicFigures("t2", 1, 1, 1)], a.Topics);
        Assert.Equal([new QuestionFigures("q2", "t1", 3, 3, 3)], a.MostMissed);
        Assert.Equal((2, 1), (a.DailySent, a.DailyAnswered));
        Assert.Equal(
            [new WeekFigures(new DateOnly(2026, 3, 2), 2, 4, 2), new WeekFigures(new DateOnly(2026, 3, 9), 1, 1, 0)],
            a.Weeks);
        Assert.Equal(2, a.ActiveDays.Count);
        Assert.Contains(a.ActiveDays, d => d.SequenceEqual([new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3)]));
    }

    [SkippableFact]
    public async Task ReadAsync_CommuneB_CountsTheMoverFromTheDayOfTheMove()
    {
        await using var db = await CreateAsync();
        await ReportSeed.SeedAsync(db);

        var b = await db.Reports.ReadAsync(["xa-b"], ReportSeed.Range, mostMissed: 5);

        Assert.Equal((2, 2, 2, 2, 2), (b.People, b.Enrolled, b.Active, b.Answers, b.Correct));
        Assert.Empty(b.MostMissed);
        Assert.Equal((1, 1), (b.DailySent, b.DailyAnswered));
    }

    [SkippableFact]
    public async Task ReadAsync_BothCommunes_CountsEachPersonOnce()
    {
        await using var db = await CreateAsync();
        await ReportSeed.SeedAsync(db);

        var all = await db.Reports.ReadAsync(["xa-a", "xa-b"], ReportSeed.Range, mostMissed: 5);

        Assert.Equal((5, 5, 4, 7, 4), (all.People, all.Enrolled, all.Active, all.Answers, all.Correct));
        Assert.Equal((3, 2), (all.DailySent, all.DailyAnswered));
    }

    [SkippableFact]
    public async Task MembersByUnitAsync_Mover_HasOneNumberInBothUnits()
    {
        await using var db = await CreateAsync();
        await ReportSeed.SeedAsync(db);

        var members = await db.Reports.MembersByUnitAsync(ReportSeed.Range);

        Assert.Equal(4, members["xa-a"].Count);
        Assert.Equal(2, members["xa-b"].Count);
        Assert.Single(members["xa-a"].Intersect(members["xa-b"]));
    }

    [SkippableFact]
    public async Task ReadAsync_RangeBeforeTheMove_CountsTheMoverInA()
    {
        await using var db = await CreateAsync();
        await ReportSeed.SeedAsync(db);
        var firstDays = ReportSeed.Range with { To = new DateOnly(2026, 3, 3) };

        var b = await db.Reports.ReadAsync(["xa-b"], firstDays, mostMissed: 5);
        var a = await db.Reports.ReadAsync(["xa-a"], firstDays, mostMissed: 5);

        Assert.Equal((1, 1, 1), (b.Enrolled, b.Active, b.Answers));
        Assert.Equal((4, 2, 4), (a.Enrolled, a.Active, a.Answers));
    }

    [SkippableFact]
    public async Task ReadTotalsAsync_SeveralGroups_MatchTheirSeparateReads()
    {
        await using var db = await CreateAsync();
        await ReportSeed.SeedAsync(db);

        var totals = await db.Reports.ReadTotalsAsync(
            new Dictionary<string, string> { ["xa-a"] = "A", ["xa-b"] = "B", ["xa-z"] = "Z" }, ReportSeed.Range);

        Assert.Equal(new GroupTotals(3, 3, 5, 2), totals["A"]);
        Assert.Equal(new GroupTotals(2, 2, 2, 2), totals["B"]);
        Assert.Equal(new GroupTotals(0, 0, 0, 0), totals["Z"]);
    }

    [SkippableFact]
    public async Task ReadTotalsAsync_WithTopics_CountsOnlyAnswersOnThemAndKeepsEnrolment()
    {
        await using var db = await CreateAsync();
        await ReportSeed.SeedAsync(db);

        var totals = await db.Reports.ReadTotalsAsync(new Dictionary<string, string> { ["xa-a"] = "A", ["xa-b"] = "B" }, ReportSeed.Range, ["t2"]);

        Assert.Equal(new GroupTotals(3, 1, 1, 1), totals["A"]);
        Assert.Equal(new GroupTotals(2, 0, 0, 0), totals["B"]);
    }

    [SkippableFact]
    public async Task ReadAsync_Twice_LeavesNoTemporaryTableOnThePooledConnection()
    {
        await using var db = await CreateAsync();
        await ReportSeed.SeedAsync(db);

        await db.Reports.ReadAsync(["xa-a"], ReportSeed.Range, mostMissed: 5);
        var again = await db.Reports.ReadAsync(["xa-b"], ReportSeed.Range, mostMissed: 5);

        Assert.Equal(2, again.Answers);
        Assert.Equal(0, await db.CountTemporaryReportTablesAsync());
    }
}
