namespace EthicsBot.Dialogs.Tests.Strings;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

public sealed class CitationTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Theory]
    [InlineData(Locale.Vi, "Điều 14, Luật Cán bộ, công chức số 80/2025/QH15")]
    [InlineData(Locale.En, "Art. 14, Law on Cadres and Civil Servants No. 80/2025/QH15")]
    public void Citation_ArticleOfALaw_ReadsAsOfficialCitation(Locale locale, string expected) =>
        Assert.Equal(expected, UiStrings.For(locale).Citation(TestCatalog.Ref(TestCatalog.CadresLaw, "14"), TestCatalog.CadresLaw));

    [Theory]
    [InlineData(Locale.Vi, "Điểm g, khoản 2, Điều 7, Luật An ninh mạng số 116/2025/QH15")]
    [InlineData(Locale.En, "Art. 7, cl. 2, pt. g, Law on Cybersecurity No. 116/2025/QH15")]
    public void Citation_PointAndClause_InEachLanguagesOrder(Locale locale, string expected)
    {
        var reference = new LegalReference { DocumentId = TestCatalog.CyberLaw.Id, Article = "7", Clause = "2", Point = "g" };

        Assert.Equal(expected, UiStrings.For(locale).Citation(reference, TestCatalog.CyberLaw));
    }

    [Fact]
    public void Citation_NumberThatIsNotOfficial_ShowsOnlyTheTitle()
    {
        var document = TestCatalog.CadresLaw with { Number = "Luật Trí tuệ nhân tạo 2025", Title = new LocalizedString("Luật Trí tuệ nhân tạo", "Law on Artificial Intelligence") };

        Assert.Equal("Điều 11, Luật Trí tuệ nhân tạo", UiStrings.For(Locale.Vi).Citation(TestCatalog.Ref(document, "11"), document));
    }

    [Fact]
    public void ReferenceLines_Vietnamese_AddTheRegistryStatusOnThatDay()
    {
        var question = TestCatalog.Single("x", TestCatalog.SocialMedia.Id, "a", 3,
            TestCatalog.Ref(TestCatalog.CadresLaw, "14"), TestCatalog.Ref(TestCatalog.OldCadresLaw, "15"), TestCatalog.Ref(TestCatalog.CyberLaw, "7"));

        var lines = ReferenceLines.For(question, TestCatalog.Build(), UiStrings.For(Locale.Vi), Today);

        Assert.Equal(
        [
            "Điều 14, Luật Cán bộ, công chức số 80/2025/QH15 (đang có hiệu lực)",
            "Điều 15, Luật Cán bộ, công chức (2008) số 22/2008/QH12 (hết hiệu lực từ 01/07/2025, thay bằng Luật Cán bộ, công chức số 80/2025/QH15)",
            "Điều 7, Luật An ninh mạng số 116/2025/QH15 (có hiệu lực từ 01/07/2026)",
        ], lines);
    }

    [Fact]
    public void ReferenceLines_English_AddTheRegistryStatusOnThatDay()
    {
        var question = TestCatalog.Single("x", TestCatalog.SocialMedia.Id, "a", 3, TestCatalog.Ref(TestCatalog.OldCadresLaw, "15"), TestCatalog.Ref(TestCatalog.CyberLaw, "7"));

        var lines = ReferenceLines.For(question, TestCatalog.Build(), UiStrings.For(Locale.En), Today);

        Assert.Equal(
        [
            "Art. 15, Law on Cadres and Civil Servants (2008) No. 22/2008/QH12 (superseded on 1 July 2025 by Law on Cadres and Civil Servants No. 80/2025/QH15)",
            "Art. 7, Law on Cybersecurity No. 116/2025/QH15 (in force from 1 July 2026)",
        ], lines);
    }

    [Fact]
    public void ReferenceLines_SupersessionStillAhead_SaysItIsInForceUntilThen()
    {
        var catalog = TestCatalog.Build();
        var question = TestCatalog.Single("x", TestCatalog.SocialMedia.Id, "a", 3, TestCatalog.Ref(TestCatalog.OldCadresLaw, "15"));

        var line = Assert.Single(ReferenceLines.For(question, catalog, UiStrings.For(Locale.Vi), new DateOnly(2025, 6, 1)));

        Assert.EndsWith("(còn hiệu lực đến khi Luật Cán bộ, công chức số 80/2025/QH15 áp dụng từ 01/07/2025)", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Locale.Vi, 4.5, "4,5")]
    [InlineData(Locale.En, 4.5, "4.5")]
    [InlineData(Locale.Vi, 5, "5")]
    public void Number_UsesTheLanguagesDecimalMark(Locale locale, double value, string expected) =>
        Assert.Equal(expected, UiStrings.For(locale).Number(value));
}
