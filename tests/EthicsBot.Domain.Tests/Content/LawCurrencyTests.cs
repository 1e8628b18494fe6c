namespace EthicsBot.Domain.Tests.Content;

using EthicsBot.Domain.Content;
using EthicsBot.Domain.Tests.TestData;

public sealed class LawCurrencyTests
{
    // The Access to Information change of 2026 in miniature: the old law stops on 1 September, the new one starts.
    private static readonly LegalDocument Old = Doc("law-2016", new DateOnly(2018, 7, 1)) with { ReplacedBy = "law-2026", SupersededOn = new DateOnly(2026, 9, 1) };
    private static readonly LegalDocument New = Doc("law-2026", new DateOnly(2026, 9, 1));
    private static readonly LegalDocument Other = Doc("decree", new DateOnly(2020, 1, 1));
    private static readonly LegalDocument Repealed = Doc("repealed", new DateOnly(2019, 1, 1)) with { SupersededOn = new DateOnly(2026, 12, 1) };
    private static readonly Dictionary<string, LegalDocument> Registry = new[] { Old, New, Other, Repealed }.ToDictionary(d => d.Id);

    [Theory]
    [InlineData("2026-08-31", DocumentStatus.InForce)]
    [InlineData("2026-09-01", DocumentStatus.Superseded)]
    public void StatusOn_TheDayBeforeAndTheDayOfTheSwitch_FollowsTheDates(string day, DocumentStatus expected)
    {
        Assert.Equal(expected, Old.StatusOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void StatusOn_BeforeEffectiveDate_IsNotYetInForce()
    {
        Assert.Equal(DocumentStatus.NotYetInForce, New.StatusOn(new DateOnly(2026, 8, 31)));
        Assert.Equal(DocumentStatus.InForce, New.StatusOn(new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void StatusOn_NoDatesAtAll_IsInForce()
    {
        Assert.True((Doc("undated", null) with { Issued = null }).IsInForceOn(new DateOnly(2000, 1, 1)));
    }

    [Fact]
    public void Check_QuestionOnOldLawAlone_IsWithdrawnFromTheSwitchOn()
    {
        var question = Cite("tr-001", "law-2016");

        Assert.Null(LawCurrency.Check(question, Registry, new DateOnly(2026, 8, 31)));
        var withdrawn = LawCurrency.Check(question, Registry, new DateOnly(2026, 9, 1));
        Assert.Equal(new WithdrawnQuestion("tr-001", "law-2016", DocumentStatus.Superseded, new DateOnly(2026, 9, 1)), withdrawn);
    }

    [Fact]
    public void Check_OldLawNextToItsReplacement_TeachesTheChangeAndStays()
    {
        var question = Cite("tr-002", "law-2016", "law-2026");

        Assert.Null(LawCurrency.Check(question, Registry, new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void Check_FutureLawNextToTheLawItReplaces_IsAskedBeforeTheSwitch()
    {
        var question = Cite("tr-003", "law-2016", "law-2026");

        Assert.Null(LawCurrency.Check(question, Registry, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Check_FutureLawAlone_IsWithdrawnUntilItTakesEffect()
    {
        var question = Cite("tr-004", "law-2026");

        Assert.Equal(DocumentStatus.NotYetInForce, LawCurrency.Check(question, Registry, new DateOnly(2026, 6, 1))!.Status);
        Assert.Null(LawCurrency.Check(question, Registry, new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void Check_RepealedDocumentBesideAnUnrelatedOne_IsWithdrawn()
    {
        var question = Cite("in-001", "decree", "repealed");

        Assert.Equal("repealed", LawCurrency.Check(question, Registry, new DateOnly(2026, 12, 7))!.DocumentId);
    }

    [Fact]
    public void Upcoming_ChangeWithinWindow_IsListedOnceAndNotBeyond()
    {
        var question = Cite("tr-005", "law-2016");

        var soon = LawCurrency.Upcoming(question, Registry, new DateOnly(2026, 7, 15)).ToList();
        var far = LawCurrency.Upcoming(question, Registry, new DateOnly(2026, 6, 1)).ToList();

        Assert.Equal([new UpcomingChange("tr-005", "law-2016", new DateOnly(2026, 9, 1), TakesEffect: false, "law-2026")], soon);
        Assert.Empty(far);
    }

    [Fact]
    public void Apply_WithdrawsOnlyWhatRestsOnLawNotInForce_AndKeepsEveryQuestionById()
    {
        var questions = new[] { Cite("a", "law-2016"), Cite("b", "law-2026"), Cite("c", "decree") };
        var catalog = Catalog(questions);

        var before = LawCurrency.Apply(catalog, new DateOnly(2026, 8, 31));
        var after = LawCurrency.Apply(before, new DateOnly(2026, 9, 1));

        Assert.Equal(["a", "c"], before.Questions.Select(q => q.Id));
        Assert.Equal(["b"], before.Withdrawn.Select(w => w.QuestionId));
        Assert.Equal(["b", "c"], after.Questions.Select(q => q.Id));
        Assert.Equal(["a"], after.Withdrawn.Select(w => w.QuestionId));
        Assert.Equal(3, after.QuestionsById.Count);
        Assert.Equal(3, after.AllQuestions.Count);
        Assert.Equal(new DateOnly(2026, 9, 1), after.AsOf);
    }

    private static Question Cite(string id, params string[] docs) =>
        Questions.Make(id) with { References = [.. docs.Select(d => new LegalReference { DocumentId = d, Article = "1" })] };

    private static LegalDocument Doc(string id, DateOnly? effective) => new()
    {
        Id = id,
        Number = id,
        Title = new LocalizedString(id, id),
        Effective = effective,
    };

    private static ContentCatalog Catalog(IReadOnlyList<Question> questions) => new()
    {
        Version = "c-test",
        Topics = [],
        Documents = Registry,
        Questions = questions,
        QuestionsById = questions.ToDictionary(q => q.Id),
        Calendar = EthicsBot.Domain.Calendar.WorkCalendar.Create([], Array.Empty<DateOnly>(), "Asia/Ho_Chi_Minh"),
    };
}
