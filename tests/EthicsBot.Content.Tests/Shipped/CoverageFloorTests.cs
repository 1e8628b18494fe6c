namespace EthicsBot.Content.Tests.Shipped;

using EthicsBot.Content.Loading;
using EthicsBot.Content.Reporting;
using EthicsBot.Content.Validation;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

/// <summary>
/// The floor the shipped bank must reach (issue 10): size and spread, the law in force on the review day,
/// objectives, and item writing that cannot be gamed by length or giveaway words.
/// </summary>
public sealed class CoverageFloorTests
{
    private const int MinQuestions = 420;
    private const int MinTopics = 11;
    private const int MinPerTopic = 30;
    private const double MinDilemmaShare = 0.25;

    /// <summary>The day of the independent review the bank is held to; fixed so the test does not change by itself.</summary>
    private static readonly DateOnly ReviewDay = new(2026, 12, 7);

    private static readonly Lazy<ContentLoadResult> Shipped = new(() => ContentLoader.Load(RepositoryContent.Directory));

    private static ContentCatalog Catalog
    {
        get
        {
            var result = Shipped.Value;
            Assert.True(result.Catalog is not null, string.Join(Environment.NewLine, result.Errors));
            return result.Catalog!;
        }
    }

    [Fact]
    public void Bank_HasAtLeast420Questions()
    {
        Assert.True(Catalog.AllQuestions.Count >= MinQuestions, $"{Catalog.AllQuestions.Count} questions; the floor is {MinQuestions}");
    }

    [Fact]
    public void Bank_HasElevenTopicsWithAtLeast30QuestionsAndAQuarterDilemmasEach()
    {
        var report = ContentReport.Build(Catalog, ReviewDay);
        var thin = Catalog.Topics.Where(t => report.QuestionsIn(t.Id) < MinPerTopic).Select(t => $"{t.Id}: {report.QuestionsIn(t.Id)}").ToList();
        var fewDilemmas = Catalog.Topics
            .Select(t => (t.Id, All: report.QuestionsIn(t.Id), Dilemmas: report.Coverage.Where(c => c.TopicId == t.Id && c.Kind == QuestionKind.Dilemma).Sum(c => c.Count)))
            .Where(t => t.Dilemmas < MinDilemmaShare * t.All)
            .Select(t => $"{t.Id}: {t.Dilemmas} of {t.All}")
            .ToList();

        Assert.True(Catalog.Topics.Count >= MinTopics, $"{Catalog.Topics.Count} topics; the floor is {MinTopics}");
        Assert.True(thin.Count == 0, "topics under " + MinPerTopic + ": " + string.Join(", ", thin));
        Assert.True(fewDilemmas.Count == 0, "topics with under a quarter dilemmas: " + string.Join(", ", fewDilemmas));
    }

    [Fact]
    public void Bank_EveryQuestionRestsOnLawInForceOnReviewDay()
    {
        var withdrawn = Catalog.AllQuestions.Select(q => LawCurrency.Check(q, Catalog.Documents, ReviewDay)).OfType<WithdrawnQuestion>()
            .Select(w => $"{w.QuestionId}: {LawCurrencyRules.Describe(Catalog, w)}")
            .ToList();

        Assert.NotEmpty(Catalog.AllQuestions);
        Assert.True(withdrawn.Count == 0, string.Join(Environment.NewLine, withdrawn));
    }

    [Fact]
    public void Bank_EveryReferenceResolvesToARegistryEntry()
    {
        Assert.NotEmpty(Catalog.AllQuestions);
        foreach (var reference in Catalog.AllQuestions.SelectMany(q => q.References))
        {
            Assert.True(Catalog.Documents.ContainsKey(reference.DocumentId), reference.DocumentId);
        }
    }

    [Fact]
    public void Bank_NoObjectiveHasMoreThanTwoQuestions()
    {
        var crowded = Catalog.AllQuestions.GroupBy(q => q.Objective).Where(g => g.Count() > ObjectiveRules.MaxQuestionsPerObjective)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(q => q.Id))}").ToList();

        Assert.True(crowded.Count == 0, string.Join(Environment.NewLine, crowded));
    }

    [Theory]
    [InlineData(Locale.Vi)]
    [InlineData(Locale.En)]
    public void Bank_KeyIsLongestInAtMost35PercentOverallAnd45PercentPerTopic(Locale locale)
    {
        var bank = ItemWriting.Measure(Catalog.AllQuestions, locale);
        var topics = Catalog.AllQuestions.GroupBy(q => q.TopicId)
            .Select(g => (g.Key, Stats: ItemWriting.Measure([.. g], locale)))
            .Where(t => t.Stats.KeyLongestShare > ItemWriting.MaxKeyLongestShareInTopic)
            .Select(t => $"{t.Key}: {t.Stats.KeyLongestShare:P0}")
            .ToList();

        Assert.True(bank.KeyLongestShare <= ItemWriting.MaxKeyLongestShare, $"bank: {bank.KeyLongestShare:P0}");
        Assert.True(topics.Count == 0, string.Join(", ", topics));
    }

    [Theory]
    [InlineData(Locale.Vi)]
    [InlineData(Locale.En)]
    public void Bank_MedianKeyLengthIsAtMost115PercentOfTheOtherOptions(Locale locale)
    {
        var bank = ItemWriting.Measure(Catalog.AllQuestions, locale);

        Assert.True(bank.MedianKeyRatio <= ItemWriting.MaxMedianKeyRatio, $"median key/other ratio {bank.MedianKeyRatio:0.00}");
    }

    [Theory]
    [InlineData(Locale.Vi)]
    [InlineData(Locale.En)]
    public void Bank_NoGiveawayWordIsAlwaysRightOrAlwaysWrong(Locale locale)
    {
        var cues = ItemWriting.Measure(Catalog.AllQuestions, locale).Giveaways.Where(g => g.IsCue)
            .Select(g => $"'{g.Pattern}': {g.Keys} keys of {g.Options} options").ToList();

        Assert.True(cues.Count == 0, string.Join(", ", cues));
    }

    [Fact]
    public void Bank_HasNoNearDuplicateStems()
    {
        var duplicates = Shipped.Value.Warnings
            .Where(w => w.Message.StartsWith("stem is nearly the same", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(Catalog.AllQuestions);
        Assert.True(duplicates.Count == 0, string.Join(Environment.NewLine, duplicates));
    }
}
