namespace EthicsBot.Dialogs.Tests.Ask;

using EthicsBot.Content.Loading;
using EthicsBot.Dialogs.Ask;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Tests.Fakes;
using EthicsBot.Domain.Content;
using Microsoft.Extensions.DependencyInjection;

public sealed class AskTests
{
    private static readonly Lazy<ContentCatalog> Shipped = new(() =>
        LawCurrency.Apply(ContentLoader.Load(RepositoryContent.Directory).Catalog!, DateOnly.FromDateTime(BotHarness.Start.UtcDateTime)));

    [Fact]
    public async Task Ask_QuestionTheBankCovers_AnswersWithRuleReferencesAndScenarioButtons()
    {
        using var bot = await new BotHarness(Shipped.Value).InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("Tôi có được soạn tài liệu mật trên laptop cá nhân có kết nối Internet không?")));

        var text = CardReader.Text(card);
        Assert.Contains("Theo bộ tình huống của EthicsBot", text, StringComparison.Ordinal);
        Assert.Contains("117/2025/QH15 (đang có hiệu lực)", text, StringComparison.Ordinal);
        var verbs = CardReader.Verbs(card);
        Assert.InRange(verbs.Count, 1, 3);
        Assert.All(verbs, v => Assert.Equal(CardVerbs.Scenario, v));
    }

    [Fact]
    public async Task Ask_WithoutDiacriticsInEnglishTeams_AnswersInVietnamese()
    {
        using var bot = await new BotHarness(Shipped.Value).InstalledAsync("en-US");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("toi co duoc soan tai lieu mat tren laptop ket noi internet khong", "en-US")));

        Assert.Contains("Căn cứ", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_NothingRelevant_SaysSoListsTopicsAndRecordsTheQuestionScrubbed()
    {
        using var bot = await new BotHarness(Shipped.Value).InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("Thủ tục cấp hộ chiếu cho chị Trần Thị Mai, số 0912 345 678, mất bao nhiêu ngày?")));

        Assert.Contains("chưa có quy tắc nào", CardReader.Text(card), StringComparison.Ordinal);
        Assert.All(CardReader.Verbs(card), v => Assert.Equal(CardVerbs.Quiz, v));
        var recorded = Assert.Single(bot.Services.GetRequiredService<UnansweredQuestions>().Top(10));
        Assert.DoesNotContain("0912", recorded.Text, StringComparison.Ordinal);
        Assert.Contains("hộ chiếu", recorded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_UnderAReplacedLaw_WarnsAndCitesTheLawInForce()
    {
        using var bot = await new BotHarness(Shipped.Value).InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("Theo Luật Cán bộ, công chức 2008, công chức có được thành lập doanh nghiệp không?")));

        var text = CardReader.Text(card);
        Assert.Contains("Lưu ý: Luật Cán bộ, công chức (2008, sửa đổi 2019) số 22/2008/QH12 hết hiệu lực", text, StringComparison.Ordinal);
        var references = text[text.IndexOf("Căn cứ", StringComparison.Ordinal)..];
        Assert.DoesNotContain("22/2008/QH12", references, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_DocumentNotInTheRegister_DeclinesNamingIt()
    {
        using var bot = await new BotHarness(Shipped.Value).InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("Nghị định 999/2025/NĐ-CP cấm công chức dùng TikTok đúng không?")));

        Assert.Contains("\"999/2025/NĐ-CP\" không có trong danh mục", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenario_ButtonUnderAnAnswer_StartsThatQuestion()
    {
        using var bot = await new BotHarness(Shipped.Value).InstalledAsync();
        var answer = Assert.Single(CardReader.Cards(await bot.SayAsync("Có được dùng ChatGPT để tóm tắt báo cáo mật không?")));
        var button = CardReader.SubmitActions(answer)[0];

        var question = Assert.Single(CardReader.Cards(await bot.SubmitAsync((Newtonsoft.Json.Linq.JObject)button["data"]!)));

        var id = (string)button["data"]!["questionId"]!;
        Assert.Contains(Shipped.Value.QuestionsById[id].Vi.Stem[..40], CardReader.Text(question), StringComparison.Ordinal);
        Assert.Single(bot.Quizzes.Sessions, s => s.QuestionIds.SequenceEqual([id]));
    }

    [Fact]
    public async Task Scenario_ForgedQuestionId_SaysItIsUnavailable()
    {
        using var bot = await new BotHarness(Shipped.Value).InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SubmitAsync(new ButtonData { Verb = CardVerbs.Scenario, QuestionId = "no-such" }.ToData())));

        Assert.Contains("không còn trong bộ câu hỏi", CardReader.Text(card), StringComparison.Ordinal);
    }
}
