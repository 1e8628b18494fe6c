namespace EthicsBot.Content.Tests.Validation;

using EthicsBot.Domain.Content;

public sealed class ReferenceRulesTests : IDisposable
{
    private const string Q = "questions/q.yaml";
    private const string References = "    references:\n      - doc: law-new\n        article: \"14\"\n";
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Check_DocumentNotInRegistry_IsAnErrorAtTheDoc()
    {
        content.Replace(Q, "      - doc: law-new", "      - doc: law-newest");

        Assert.Equal(["questions/q.yaml:8:14: document 'law-newest' is not in the registry (references.yaml or references/*.yaml)"], content.Errors());
    }

    [Fact]
    public void Check_NoReferenceGivesAnArticle_IsAnError()
    {
        content.Replace(Q, "        article: \"14\"\n", string.Empty);

        Assert.Equal(["questions/q.yaml:8:7: at least one reference must give an article (or cite a document whose registry entry says 'articles: unconfirmed')"], content.Errors());
    }

    [Fact]
    public void Check_EmptyReferenceList_IsAnError()
    {
        content.Replace(Q, References, "    references: []\n");

        Assert.Equal(["questions/q.yaml:7:17: at least one reference is required"], content.Errors());
    }

    [Fact]
    public void Check_MissingReferences_IsAnError()
    {
        content.Replace(Q, References, string.Empty);

        Assert.Equal(["questions/q.yaml:3:5: missing 'references'"], content.Errors());
    }

    [Fact]
    public void Check_SupersededDocumentAlone_LoadsButIsWithdrawnAfterTheSwitch()
    {
        content.Replace(Q, "      - doc: law-new", "      - doc: law-old");

        var catalog = content.Load().Catalog!;

        Assert.Empty(content.Errors());
        Assert.NotNull(LawCurrency.Check(catalog.QuestionsById["sm-001"], catalog.Documents, new DateOnly(2025, 7, 1)));
        Assert.Null(LawCurrency.Check(catalog.QuestionsById["sm-001"], catalog.Documents, new DateOnly(2025, 6, 30)));
    }

    [Fact]
    public void Check_NoArticleButDocumentWithUnconfirmedArticles_IsAccepted()
    {
        content.Replace(Q, "        article: \"14\"\n", string.Empty)
            .Replace("references.yaml", "    effective: 2025-07-01\n", "    effective: 2025-07-01\n    articles: unconfirmed\n");

        Assert.Empty(content.Errors());
    }

    [Fact]
    public void Check_SupersededDocumentNextToReplacement_IsAccepted()
    {
        content.Replace(Q, References, References + "      - doc: law-old\n        article: \"10\"\n");

        var result = content.Load();

        Assert.Empty(result.Errors);
        Assert.Empty(result.Warnings);
        Assert.Equal(2, result.Catalog!.QuestionsById["sm-001"].References.Count);
    }

    [Fact]
    public void Check_ClauseWithoutArticle_IsAnError()
    {
        content.Replace("questions/dilemmas/d.yaml", "        article: \"20\"\n", string.Empty);

        Assert.Equal(
            ["questions/dilemmas/d.yaml:8:7: at least one reference must give an article (or cite a document whose registry entry says 'articles: unconfirmed')", "questions/dilemmas/d.yaml:9:17: a clause needs an article"],
            content.Errors());
    }

    [Fact]
    public void Check_PointWithoutArticle_IsAnError()
    {
        content.Replace(Q, References, References + "      - doc: law-new\n        point: g\n");

        Assert.Equal(["questions/q.yaml:11:16: a point needs an article"], content.Errors());
    }

    [Fact]
    public void Check_UnknownReferenceKey_IsAnError()
    {
        content.Replace(Q, "        article: \"14\"", "        article: \"14\"\n        paragraph: \"2\"");

        Assert.Equal(["questions/q.yaml:10:9: unknown key 'paragraph' (allowed: doc, article, clause, point)"], content.Errors());
    }
}
