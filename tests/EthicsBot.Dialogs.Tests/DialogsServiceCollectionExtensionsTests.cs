namespace EthicsBot.Dialogs.Tests;

using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Storage;
using EthicsBot.Dialogs.Teams;
using EthicsBot.Dialogs.Tests.Fakes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

public sealed class DialogsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDialogs_WithHostStores_ResolvesTheTeamsBotOverTheDocumentStore()
    {
        using var bot = new BotHarness();

        Assert.IsType<EthicsTeamsBot>(bot.Services.GetRequiredService<IBot>());
        Assert.NotNull(bot.Services.GetRequiredService<FlowStateStore>());
        Assert.Equal(5, bot.Services.GetRequiredService<IOptions<QuizOptions>>().Value.SessionLength);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    public void AddDialogs_SessionLengthOutOfRange_FailsValidation(string length)
    {
        using var bot = new BotHarness(settings: new Dictionary<string, string?> { ["Quiz:SessionLength"] = length });

        var error = Assert.Throws<OptionsValidationException>(() => bot.Services.GetRequiredService<IOptions<QuizOptions>>().Value);

        Assert.Contains("SessionLength", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.openai.azure.com/", null, "Explainer:Deployment")]
    [InlineData(null, "gpt-4o-mini", "Explainer:Endpoint")]
    [InlineData("http://example.openai.azure.com/", "gpt-4o-mini", "https")]
    public void AddDialogs_ExplainerHalfConfigured_FailsValidationNamingTheKey(string? endpoint, string? deployment, string expected)
    {
        using var bot = new BotHarness(settings: new Dictionary<string, string?> { ["Explainer:Endpoint"] = endpoint, ["Explainer:Deployment"] = deployment });

        var error = Assert.Throws<OptionsValidationException>(() => bot.Services.GetRequiredService<IOptions<Explainer.ExplainerOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDialogs_NoExplainerSettings_AnswersOfflineOnly()
    {
        using var bot = new BotHarness();

        Assert.False(bot.Services.GetRequiredService<Explainer.IExplainer>().IsConfigured);
    }

    [Fact]
    public void AddDialogs_OfficeHoursEndNotAfterDefaultTime_FailsValidationNamingBothKeys()
    {
        using var bot = new BotHarness(settings: new Dictionary<string, string?> { ["Daily:DefaultTime"] = "17:00" });

        var error = Assert.Throws<OptionsValidationException>(() => bot.Services.GetRequiredService<IOptions<DailyQuizOptions>>().Value);

        Assert.Contains("Daily:OfficeHoursEnd", error.Message, StringComparison.Ordinal);
        Assert.Contains("Daily:DefaultTime", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDialogs_ContestTopicNotInTheBank_FailsValidationNamingTheKeyAndTheId()
    {
        using var bot = new BotHarness(settings: new Dictionary<string, string?>
        {
            ["Contest:Start"] = "2026-03-09",
            ["Contest:End"] = "2026-04-30",
            ["Contest:Topics:0"] = "generative-ai",
            ["Contest:Topics:1"] = "genai",
            ["Contest:WeeklyTopics:0"] = "social-media",
            ["Contest:WeeklyTopics:1"] = "info-securty",
        });

        var error = Assert.Throws<OptionsValidationException>(() => bot.Services.GetRequiredService<IOptions<ContestOptions>>().Value);

        Assert.Equal(
            [
                "Contest:Topics:1 is 'genai', which is not a topic id of the content bank (its topics: social-media, info-security, generative-ai).",
                "Contest:WeeklyTopics:1 is 'info-securty', which is not a topic id of the content bank (its topics: social-media, info-security, generative-ai).",
            ],
            error.Failures);
    }

    [Fact]
    public void AddDialogs_ContestTopicsAllInTheBank_Validates()
    {
        using var bot = new BotHarness(settings: new Dictionary<string, string?>
        {
            ["Contest:Start"] = "2026-03-09",
            ["Contest:End"] = "2026-04-30",
            ["Contest:Topics:0"] = "generative-ai",
            ["Contest:WeeklyTopics:0"] = "info-security",
        });

        Assert.Equal(["generative-ai"], bot.Services.GetRequiredService<IOptions<ContestOptions>>().Value.Topics);
    }

    [Fact]
    public async Task Quiz_SessionLengthFromConfiguration_SetsTheNumberOfQuestions()
    {
        using var bot = await new BotHarness(settings: new Dictionary<string, string?> { ["Quiz:SessionLength"] = "3" }).InstalledAsync();

        var card = Assert.Single(CardReader.Cards(await bot.SayAsync("quiz")));

        Assert.Contains("Câu 1/3", CardReader.Text(card), StringComparison.Ordinal);
        Assert.Equal(3, Assert.Single(bot.Quizzes.Sessions).QuestionIds.Count);
    }
}
