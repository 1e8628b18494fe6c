namespace EthicsBot.Content.Tests.Answers;

using EthicsBot.Content.Answers;
using EthicsBot.Domain;

public sealed class EvaluationSetTests
{
    private static readonly IReadOnlyList<EvaluationItem> Items = EvaluationSet.Parse(File.ReadAllText(ShippedBank.EvaluationFile));

    [Fact]
    public void Parse_ShippedSet_HasTheSizeAndMixTheIssueAsksFor()
    {
        Assert.True(Items.Count >= 150, $"{Items.Count} questions");
        Assert.True(Items.Count(i => i.ShouldDecline) >= 0.2 * Items.Count, "at least 20% to decline");
        Assert.Contains(Items, i => i.Locale == Locale.En);
        Assert.Contains(Items, i => i.Locale == Locale.Vi);
        Assert.Contains(Items, i => i.IsDev);
        Assert.Contains(Items, i => !i.IsDev);
        Assert.Equal(Items.Count, Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Parse_ShippedSet_ExpectsOnlyRegistryDocumentsInForce()
    {
        var expected = Items.SelectMany(i => i.Expected).Distinct().ToList();

        Assert.All(expected, id => Assert.True(
            ShippedBank.Catalog.Documents.TryGetValue(id, out var document) && document.IsInForceOn(ShippedBank.Day), id));
        Assert.All(Items.Where(i => i.Kind == EvaluationKind.Answerable), i => Assert.NotEmpty(i.Expected));
    }

    [Fact]
    public void Parse_MalformedLine_NamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => EvaluationSet.Parse("# comment\na1\tdev\tvi\tanswerable\tx"));

        Assert.StartsWith("line 2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ShippedBankOnTheTuningDay_MeetsTheGoals()
    {
        var outcomes = Evaluation.Run(ShippedBank.Catalog, ShippedBank.Index, Items, ShippedBank.Day);

        var score = Evaluation.Score("all", outcomes);

        Assert.True(score.RecallAt3 >= 0.9, $"recall@3 {score.RecallAt3:0.000}");
        Assert.True(score.CorrectRefusal >= 0.9, $"correct refusal {score.CorrectRefusal:0.000}");
        Assert.True(score.FalseRefusal <= 0.1, $"false refusal {score.FalseRefusal:0.000}");
    }
}
