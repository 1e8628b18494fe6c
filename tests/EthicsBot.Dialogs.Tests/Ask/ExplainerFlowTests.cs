namespace EthicsBot.Dialogs.Tests.Ask;

using EthicsBot.Content.Loading;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain.Content;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using Newtonsoft.Json.Linq;

public sealed class ExplainerFlowTests
{
    private const string Question = "Chị Trần Thị Mai (0912 345 678) hỏi: tôi có được soạn tài liệu mật trên laptop cá nhân có kết nối Internet không?";

    private static readonly Lazy<ContentCatalog> Shipped = new(() =>
        LawCurrency.Apply(ContentLoader.Load(RepositoryContent.Directory).Catalog!, DateOnly.FromDateTime(BotHarness.Start.UtcDateTime)));

    private const string MentionOfMai = """{"mentioned":{"id":"29:mai","name":"Trần Thị Mai"},"text":"<at>Trần Thị Mai</at>"}""";

    private readonly Mock<IExplainer> explainer = new(MockBehavior.Strict);
    private readonly List<ExplainerPrompt> prompts = [];

    public ExplainerFlowTests() => explainer.SetupGet(e => e.IsConfigured).Returns(true);

    [Fact]
    public async Task Ask_ModelCitesARetrievedLaw_SendsCardThenTypingThenLabelledAnswer()
    {
        Reply("Không. Máy nối mạng không được dùng để soạn tài liệu mật [[luat-bvbmnn-2025#5]].");
        using var bot = await Harness().InstalledAsync();

        var replies = await bot.SayAsync(Question);

        Assert.Equal(3, replies.Count);
        Assert.Single(CardReader.Cards([replies[0]]));
        Assert.Equal(ActivityTypes.Typing, replies[1].Type);
        Assert.Contains("soạn tài liệu mật [1].", replies[2].Text, StringComparison.Ordinal);
        var entity = Assert.Single(replies[2].Entities);
        Assert.Equal("AIGeneratedContent", (string?)entity.Properties["additionalType"]![0]);
        Assert.Equal("117/2025/QH15 (5)", (string?)entity.Properties["citation"]![0]!["appearance"]!["name"]);
    }

    [Fact]
    public async Task Ask_PromptToTheModel_HoldsNoPersonalDataAndOnlyRetrievedSources()
    {
        Reply("[[luat-bvbmnn-2025]]");
        using var bot = await Harness().InstalledAsync();
        var message = new Activity(ActivityTypes.Message)
        {
            // The user's own Teams name is "Lan"; the colleague is mentioned the way Teams does it.
            Text = "Em là Lan. <at>Trần Thị Mai</at> (0912 345 678, mai.tran@xa.gov.vn) hỏi: có được soạn tài liệu mật trên laptop cá nhân có kết nối Internet không?",
            Locale = "vi-VN",
            From = new ChannelAccount(BotHarness.UserId, "Lan"),
            Entities = [new Entity("mention") { Properties = JObject.Parse(MentionOfMai) }],
        };

        await bot.SendAsync(message);

        var prompt = Assert.Single(prompts);
        Assert.DoesNotContain("0912", prompt.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("mai.tran", prompt.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("Thị Mai", prompt.Question, StringComparison.Ordinal);
        Assert.DoesNotContain("Lan", prompt.Question, StringComparison.Ordinal);
        Assert.DoesNotContain(BotHarness.UserId, prompt.Question, StringComparison.Ordinal);
        Assert.Contains("laptop", prompt.Question, StringComparison.Ordinal);
        Assert.Contains(prompt.Sources, s => s.DocumentId == "luat-bvbmnn-2025");
        Assert.All(prompt.Sources, s => Assert.True(Shipped.Value.Documents[s.DocumentId].IsInForceOn(new DateOnly(2026, 3, 10))));
    }

    [Theory]
    [InlineData("Theo Nghị định 13/2023/NĐ-CP thì được [[luat-bvbmnn-2025]].", "citation:names-other-document")]
    [InlineData("Được, theo [[luat-cbcc-2008#14]].", "citation:outside-retrieved-set")]
    [InlineData("Được, theo [[luat-bvbmnn-2025#99]].", "citation:article-not-in-sources")]
    [InlineData("Không được.", "citation:no citation")]
    public async Task Ask_ModelCitationOutsideTheRetrievedSet_DropsTheModelAnswerAndCountsIt(string modelText, string reason)
    {
        Reply(modelText);
        using var bot = await Harness().InstalledAsync();

        var replies = await bot.SayAsync(Question);

        Assert.Equal(2, replies.Count);
        Assert.Equal(ActivityTypes.Typing, replies[1].Type);
        var status = bot.Services.GetRequiredService<ExplainerStats>().Snapshot(true);
        Assert.Equal(1, status.CitationRejections);
        Assert.Equal(1, status.FallbacksByReason[reason]);
    }

    [Fact]
    public async Task Ask_ModelNeverAnswers_GivesUpWithinTheBudgetAndLogsOneReason()
    {
        explainer.Setup(e => e.ExplainAsync(It.IsAny<ExplainerPrompt>(), It.IsAny<CancellationToken>()))
            .Returns(async (ExplainerPrompt _, CancellationToken ct) => { await Task.Delay(Timeout.Infinite, ct); return new ExplainerReply(ExplainerOutcome.Answered); });
        using var bot = await Harness(new() { ["Explainer:TimeoutSeconds"] = "1" }).InstalledAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var replies = await bot.SayAsync(Question);

        Assert.InRange(started.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal(2, replies.Count);
        Assert.Single(bot.Logs.GetSnapshot(), r => r.Message.Contains("fell back to the offline answer", StringComparison.Ordinal) && r.Message.EndsWith("Timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_DailyLimitReached_SaysSoPolitelyWithoutCallingTheModel()
    {
        Reply("[[luat-bvbmnn-2025]]");
        using var bot = await Harness(new() { ["Explainer:DailyLimitPerUser"] = "1" }).InstalledAsync();
        await bot.SayAsync(Question);

        var replies = await bot.SayAsync(Question);

        Assert.Contains("đã dùng hết 1 lượt giải thích", replies[^1].Text, StringComparison.Ordinal);
        Assert.Null(replies[^1].Entities?.FirstOrDefault());
        Assert.Single(prompts);
    }

    [Fact]
    public async Task Why_AfterAnAnswer_AsksAboutTheChosenOptionWithAContentCacheKey()
    {
        Reply("[[luat-bvbmnn-2025#5]] Lựa chọn của bạn chưa đúng.");
        using var bot = await Harness().InstalledAsync();
        var question = Assert.Single(CardReader.Cards(await bot.SubmitAsync(new ButtonData { Verb = CardVerbs.Scenario, QuestionId = "ss-001" }.ToData())));
        await bot.PressAsync(question, CardVerbs.Answer, "a");

        var replies = await bot.SayAsync("tại sao");

        var prompt = Assert.Single(prompts);
        Assert.Equal(ExplainerTask.Why, prompt.Task);
        Assert.StartsWith("why:ss-001:a:Vi:", prompt.CacheKey, StringComparison.Ordinal);
        Assert.Contains("(CHOSEN)", prompt.Passages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Lựa chọn của bạn chưa đúng", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_NoExplainerConfigured_SendsTheCardAlone()
    {
        using var bot = await new BotHarness(Shipped.Value).InstalledAsync();

        var replies = await bot.SayAsync(Question);

        Assert.Single(replies);
    }

    private void Reply(string text) =>
        explainer.Setup(e => e.ExplainAsync(It.IsAny<ExplainerPrompt>(), It.IsAny<CancellationToken>()))
            .Callback((ExplainerPrompt p, CancellationToken _) => prompts.Add(p))
            .ReturnsAsync(new ExplainerReply(ExplainerOutcome.Answered, text, 120, 40));

    private BotHarness Harness(Dictionary<string, string?>? settings = null) =>
        new(Shipped.Value, settings, replace: services => services.Replace(ServiceDescriptor.Singleton(explainer.Object)));
}
