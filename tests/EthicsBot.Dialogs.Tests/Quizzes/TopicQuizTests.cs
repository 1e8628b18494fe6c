namespace EthicsBot.Dialogs.Tests.Quizzes;

using EthicsBot.Dialogs.Tests.Fakes;
using Newtonsoft.Json.Linq;

public sealed class TopicQuizTests
{
    [Theory]
    [InlineData("quiz ai", "generative-ai")]
    [InlineData("bắt đầu mxh", "social-media")]
    [InlineData("kiem tra info-security", "info-security")]
    [InlineData("quiz an toàn thông tin", "info-security")]
    [InlineData("Bat dau MANG XA HOI", null)]
    public async Task Quiz_WithTopicWord_AsksOnlyThatTopic(string command, string? topicId)
    {
        using var bot = await new BotHarness().InstalledAsync();

        var replies = await bot.SayAsync(command);

        var card = Assert.Single(CardReader.Cards(replies));
        if (topicId is null)
        {
            // "mang xa hoi" is neither id, alias nor name of a test topic: the list of topics comes back instead.
            Assert.Contains("Không tìm thấy chủ đề này.", CardReader.Text(card), StringComparison.Ordinal);
            return;
        }

        var session = Assert.Single(bot.Quizzes.Sessions);
        Assert.Equal(topicId, session.TopicId);
        Assert.All(session.QuestionIds, id => Assert.Equal(topicId, bot.Catalog.Current.QuestionsById[id].TopicId));
        Assert.Contains(bot.Catalog.Current.FindTopic(topicId)!.Name.Vi, CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiz_UnknownTopic_ListsEveryTopicWithNameAndCommand()
    {
        using var bot = await new BotHarness().InstalledAsync("en-US");

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz astrology", "en-US")));

        var text = CardReader.Text(card);
        Assert.Contains("I don't know that topic.", text, StringComparison.Ordinal);
        foreach (var topic in bot.Catalog.Current.Topics)
        {
            Assert.Contains(topic.Name.En, text, StringComparison.Ordinal);
            Assert.Contains($"quiz {topic.Aliases[0]}", text, StringComparison.Ordinal);
        }

        Assert.Empty(bot.Quizzes.Sessions);
        Assert.Equal(3, CardReader.SubmitActions(card).Count(a => (string?)a["data"]!["verb"] == "quiz"));
    }

    [Fact]
    public async Task Submit_TopicRowOfTheList_StartsThatTopic()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var list = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz khong-co")));
        var row = CardReader.SubmitActions(list).First(a => (string?)a["data"]!["topicId"] == "info-security");

        var card = Assert.Single(CardReader.Cards(await bot.SubmitAsync((JObject)row["data"]!)));

        Assert.Equal("info-security", Assert.Single(bot.Quizzes.Sessions).TopicId);
        Assert.Contains("Câu 1/2 · An toàn thông tin", CardReader.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiz_ThreeOptionQuestion_HintsOneToThree()
    {
        using var bot = await new BotHarness().InstalledAsync();
        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz attt")));
        if (QuizScript.QuestionId(card) != "is-001")
        {
            await bot.SayAsync("a");
            card = Assert.Single(CardReader.Cards(await bot.SayAsync("tiếp")));
        }

        Assert.Contains("Trả lời 1–3 hoặc a–c", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Equal(3, CardReader.ExecuteActions(card).Count);
    }

    [Fact]
    public async Task Quiz_EmptyBank_SaysSoInsteadOfFailing()
    {
        using var bot = await new BotHarness(TestCatalog.Build([])).InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        Assert.Contains("Ngân hàng câu hỏi đang trống", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Empty(bot.Quizzes.Sessions);
    }
}
