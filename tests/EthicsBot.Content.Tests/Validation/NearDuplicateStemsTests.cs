namespace EthicsBot.Content.Tests.Validation;

using EthicsBot.Content.Validation;

public sealed class NearDuplicateStemsTests : IDisposable
{
    private const string ViStem = "Chị Lan thấy một bài đăng sai sự thật về phường trên nhóm Zalo cơ quan. Chị nên làm gì?";
    private readonly TestContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Check_CopyWithPersonRenamed_IsAWarningWithBothPlaces()
    {
        var copy = TestContent.Question
            .Replace("topic: social-media\nquestions:\n", string.Empty, StringComparison.Ordinal)
            .Replace("sm-001", "sm-002", StringComparison.Ordinal)
            .Replace("Chị Lan", "Anh Minh", StringComparison.Ordinal)
            .Replace("Chị nên", "Anh nên", StringComparison.Ordinal);
        content.Write("questions/q.yaml", TestContent.Question + "\n" + copy);

        var result = content.Load();

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Catalog);
        var warning = Assert.Single(content.Warnings());
        Assert.StartsWith("questions/q.yaml:45:13: stem is nearly the same as question 'sm-001' at questions/q.yaml:11:13 (similarity 0.", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_WithoutAdvice_SkipsTheWarningButStillBuilds()
    {
        var copy = TestContent.Question
            .Replace("topic: social-media\nquestions:\n", string.Empty, StringComparison.Ordinal)
            .Replace("sm-001", "sm-002", StringComparison.Ordinal)
            .Replace("Chị Lan", "Anh Minh", StringComparison.Ordinal);
        content.Write("questions/q.yaml", TestContent.Question + "\n" + copy);

        var quick = EthicsBot.Content.Loading.ContentLoader.Load(content.Root, advice: false);
        var full = EthicsBot.Content.Loading.ContentLoader.Load(content.Root);

        Assert.Empty(quick.Warnings);
        Assert.Single(full.Warnings);
        Assert.Equal(full.Catalog!.Version, quick.Catalog!.Version);
        Assert.Equal(full.Catalog.AllQuestions.Count, quick.Catalog.AllQuestions.Count);
    }

    [Fact]
    public void Load_WithoutAdvice_StillReportsErrors()
    {
        content.Replace("questions/q.yaml", "    answer: b", "    answer: z");

        Assert.NotEmpty(EthicsBot.Content.Loading.ContentLoader.Load(content.Root, advice: false).Errors);
    }

    [Fact]
    public void Check_DistinctScenarios_HaveNoWarning()
    {
        Assert.Empty(content.Warnings());
    }

    [Fact]
    public void Similarity_IgnoresCaseDiacriticsAndPunctuation()
    {
        var a = NearDuplicateStems.Shingles(ViStem);
        var b = NearDuplicateStems.Shingles("chi lan thay mot bai dang sai su that ve phuong tren nhom zalo co quan chi nen lam gi");

        Assert.Equal(1.0, NearDuplicateStems.Similarity(a, b));
    }

    [Fact]
    public void Similarity_DifferentScenario_IsBelowThreshold()
    {
        var a = NearDuplicateStems.Shingles(ViStem);
        var b = NearDuplicateStems.Shingles("Một doanh nghiệp đang chờ cấp phép gửi giỏ quà Tết đến nhà anh Minh qua dịch vụ giao hàng.");

        Assert.True(NearDuplicateStems.Similarity(a, b) < NearDuplicateStems.Threshold);
    }

    [Fact]
    public void Shingles_ShortStem_IsOneShingle()
    {
        Assert.Equal(["lam gi"], NearDuplicateStems.Shingles("Làm gì?"));
    }
}
