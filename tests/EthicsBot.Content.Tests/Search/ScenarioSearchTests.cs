namespace EthicsBot.Content.Tests.Search;

using EthicsBot.Content.Search;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

public sealed class ScenarioSearchTests : IDisposable
{
    private readonly TestContent content = new();
    private readonly ContentCatalog catalog;

    public ScenarioSearchTests() => catalog = content.Load().Catalog!;

    public void Dispose() => content.Dispose();

    [Theory]
    [InlineData("bai dang zalo")]
    [InlineData("BÀI ĐĂNG")]
    [InlineData("sm-001")]
    [InlineData("mxh lan")]
    [InlineData("mang xa hoi")]
    public void Find_VietnameseWithOrWithoutDiacritics_FindsTheScenario(string query)
    {
        Assert.Equal(["sm-001"], Ids(ScenarioSearch.Find(catalog, query, Locale.Vi)));
    }

    [Fact]
    public void Find_AllTermsMustMatch()
    {
        Assert.Empty(ScenarioSearch.Find(catalog, "zalo quà", Locale.Vi));
    }

    [Fact]
    public void Find_TopicName_FindsItsQuestions()
    {
        Assert.Equal(["in-001"], Ids(ScenarioSearch.Find(catalog, "liem chinh", Locale.Vi)));
    }

    [Fact]
    public void Find_English_SearchesEnglishStems()
    {
        Assert.Equal(["in-001"], Ids(ScenarioSearch.Find(catalog, "gift basket", Locale.En)));
        Assert.Empty(ScenarioSearch.Find(catalog, "giỏ quà", Locale.En));
    }

    [Fact]
    public void Find_TermInEveryQuestion_ReturnsBankOrderWithExactIdFirst()
    {
        Assert.Equal(["sm-001", "in-001"], Ids(ScenarioSearch.Find(catalog, "sm-001", Locale.Vi).Concat(ScenarioSearch.Find(catalog, "in-001", Locale.Vi))));
        Assert.Equal(["in-001", "sm-001"], Ids(ScenarioSearch.Find(catalog, "001", Locale.Vi)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!")]
    public void Find_BlankQuery_ReturnsNothing(string query)
    {
        Assert.Empty(ScenarioSearch.Find(catalog, query, Locale.Vi));
    }

    private static string[] Ids(IEnumerable<Question> questions) => [.. questions.Select(q => q.Id)];
}
