namespace EthicsBot.Content.Tests.Answers;

using EthicsBot.Content.Answers;
using EthicsBot.Content.Loading;
using EthicsBot.Domain.Content;

/// <summary>The shipped bank as the bot sees it on a fixed day, loaded once for all retrieval tests.</summary>
public static class ShippedBank
{
    /// <summary>The day the evaluation thresholds were chosen for.</summary>
    public static readonly DateOnly Day = new(2026, 12, 8);

    private static readonly Lazy<(ContentCatalog Catalog, RuleIndex Index)> Loaded = new(() =>
    {
        var catalog = LawCurrency.Apply(ContentLoader.Load(RepositoryContent.Directory).Catalog!, Day);
        return (catalog, RuleIndex.Build(catalog));
    });

    public static ContentCatalog Catalog => Loaded.Value.Catalog;

    public static RuleIndex Index => Loaded.Value.Index;

    public static string EvaluationFile => Path.Combine(RepositoryContent.Directory, "eval", "free-questions.tsv");
}
