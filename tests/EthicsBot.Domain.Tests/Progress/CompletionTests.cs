namespace EthicsBot.Domain.Tests.Progress;

using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Progress;
using EthicsBot.Domain.Tests.TestData;

public sealed class CompletionTests
{
    private static readonly DateOnly Today = new(2026, 6, 30);

    // Topic t1 has objectives o1 (q1, q2) and o2 (q3); t2 has o3 (q4).
    private static readonly ContentCatalog Catalog = Build(
        Questions.Make("q1", "t1") with { Objective = "o1" },
        Questions.Make("q2", "t1") with { Objective = "o1" },
        Questions.Make("q3", "t1") with { Objective = "o2" },
        Questions.Make("q4", "t2") with { Objective = "o3" });

    [Fact]
    public void Earned_EveryObjectiveRightOnTwoDays_EarnsFromTheSecondDay()
    {
        var earned = Completion.Earned([Right("q1", 40), Right("q3", 10)], Catalog, Today);

        Assert.Equal(Today.AddDays(-10), Assert.Single(earned).Value);
        Assert.Equal("t1", earned.Keys.Single());
    }

    [Fact]
    public void Earned_EverythingOnOneDay_IsNotSpacedAndNotEarned()
    {
        Assert.Empty(Completion.Earned([Right("q1", 3), Right("q3", 3)], Catalog, Today));
    }

    [Fact]
    public void Earned_OneDayWithARepeatLater_IsEarnedWhenTheRepeatComes()
    {
        var earned = Completion.Earned([Right("q1", 3), Right("q3", 3), Right("q2", 1)], Catalog, Today);

        Assert.Equal(Today.AddDays(-1), earned["t1"]);
    }

    [Fact]
    public void Earned_ObjectiveMissing_IsNotEarned()
    {
        Assert.Empty(Completion.Earned([Right("q1", 5), Right("q2", 2)], Catalog, Today));
    }

    [Fact]
    public void Earned_WrongAnswersDoNotCount()
    {
        Assert.Empty(Completion.Earned([Right("q1", 5), new DatedAnswer(Today.AddDays(-2), "q3", false)], Catalog, Today));
    }

    [Fact]
    public void Earned_ObjectiveRightOnlyBeforeTheWindow_HasLapsed()
    {
        Assert.Empty(Completion.Earned([Right("q1", 5), Right("q3", Completion.WindowDays)], Catalog, Today));
        Assert.Single(Completion.Earned([Right("q1", 5), Right("q3", Completion.WindowDays - 1)], Catalog, Today));
    }

    [Fact]
    public void Earned_RunBrokenAndEarnedAgain_DatesFromTheNewRun()
    {
        // Earned on day -200 (o2 on -201, o1 on -200), lapsed at -111, earned again on day -20.
        var earned = Completion.Earned([Right("q3", 201), Right("q1", 200), Right("q3", 30), Right("q2", 20)], Catalog, Today);

        Assert.Equal(Today.AddDays(-20), earned["t1"]);
    }

    private static DatedAnswer Right(string question, int daysAgo) => new(Today.AddDays(-daysAgo), question, true);

    private static ContentCatalog Build(params Question[] questions) => new()
    {
        Version = "c",
        Topics = [],
        Documents = new Dictionary<string, LegalDocument>(),
        Questions = questions,
        QuestionsById = questions.ToDictionary(q => q.Id),
        Calendar = WorkCalendar.Create([], Array.Empty<DateOnly>(), "Asia/Ho_Chi_Minh"),
    };
}
