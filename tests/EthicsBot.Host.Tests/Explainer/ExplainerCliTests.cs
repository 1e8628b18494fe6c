namespace EthicsBot.Host.Tests.Explainer;

using System.Text.Json.Nodes;
using EthicsBot.Content.Loading;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using EthicsBot.Host.Cli;
using EthicsBot.Host.Tests.Fakes;

/// <summary>The explainer verbs against the fake Azure OpenAI: the model half of "explainer eval", and "explainer warm".</summary>
public sealed class ExplainerCliTests : ConnectedHostTest
{
    private readonly string workDir = Path.Combine(Path.GetTempPath(), "ethicsbot-explainer-cli-" + Guid.NewGuid().ToString("N"));
    private FakeAzureOpenAI model = null!;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await model.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(workDir, recursive: true);
    }

    [Fact]
    public async Task Eval_WithAModel_ReportsTheShareOfAnswersWhoseCitationsAllPass()
    {
        await StartModelAsync();
        model.Then(
            new ModelBehaviour.Answer("Không được [[luat-bvbmnn-2025]]."),
            new ModelBehaviour.Answer("Không được [[luat-bvbmnn-2025]]."),
            new ModelBehaviour.Answer("Được, theo luật cũ [[luat-cbcc-2008]]."));
        var set = Path.Combine(workDir, "set.tsv");
        await File.WriteAllLinesAsync(set,
        [
            "a1\tdev\tvi\tanswerable\tluat-bvbmnn-2025\tTôi có được soạn tài liệu mật trên laptop cá nhân có kết nối Internet không?",
            "a2\ttest\tvi\tanswerable\tluat-bvbmnn-2025\tMất USB chứa tài liệu mật thì phải làm gì?",
            "a3\tdev\ten\tanswerable\tluat-bvbmnn-2025\tCan I send a photo of a confidential document to my boss on Zalo?",
        ]);
        using var output = new StringWriter();

        Assert.True(CliCommands.TryRun(["explainer", "eval", Content, "--set", set, "--at", "2026-12-08", .. Settings()], output, out var exit));

        Assert.Equal(0, exit);
        Assert.Contains("Model: 3 answered questions sent, 3 replies, 2 with every citation valid (66.7%", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, model.Requests.Count);
    }

    [Fact]
    public async Task Warm_ThenWhyInTheBot_IsServedFromTheDatabaseWithoutCallingTheModel()
    {
        await StartModelAsync();
        model.Default = new ModelBehaviour.Answer("Lựa chọn này chưa đúng [[luat-cbcc-2025]].");
        var first = FirstAskableQuestion();
        using var output = new StringWriter();

        Assert.True(CliCommands.TryRun(["explainer", "warm", "--limit", "1", .. Settings()], output, out var exit));

        Assert.Equal(0, exit);
        // Distinct prompts, not requests: on a loaded machine an attempt that outlives its time limit is retried, and
        // the fake counts both copies (CI once saw 9 requests for 8 explanations).
        var expected = first.OptionIds.Count() * 2;
        Assert.Equal(expected, model.Requests.Select(r => r.ToJsonString()).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains($"{expected} generated, 0 already cached, 0 failed", output.ToString(), StringComparison.Ordinal);
        var warmed = model.Requests.Count;

        foreach (var (key, value) in Settings().Select(s => s[2..].Split('=', 2)).Select(p => (p[0], p[1])))
        {
            Factory.Settings[key] = value;
        }

        var client = Factory.CreateClient();
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "xin chào"));
        var scenario = Activities.Message(Connector.ServiceUrl, string.Empty);
        scenario.Remove("text");
        scenario["value"] = new JsonObject { ["verb"] = "scenario", ["questionId"] = first.Id };
        await client.PostAsync(scenario);
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "a"));
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "tại sao"));

        Assert.Equal(warmed, model.Requests.Count);
        Assert.Contains(Connector.Activities, a => ((string?)a["text"])?.Contains("Lựa chọn này chưa đúng [1]", StringComparison.Ordinal) == true);
    }

    private static string Content => Path.Combine(BotHostFactory.RepositoryRoot, "content");

    private async Task StartModelAsync()
    {
        Directory.CreateDirectory(workDir);
        model = await FakeAzureOpenAI.StartAsync();
    }

    private string[] Settings() =>
    [
        $"--Explainer:Endpoint={model.Endpoint}",
        "--Explainer:Deployment=gpt-test",
        "--Explainer:ApiKey=test-key",
        $"--Content:Path={Content}",
        $"--Persistence:ConnectionString=Data Source={Path.Combine(workDir, "bot.db")}",
    ];

    private static Question FirstAskableQuestion()
    {
        var today = TimeZones.LocalDate(TimeProvider.System.GetUtcNow(), TimeZones.Resolve(TimeZones.VietnamId));
        return LawCurrency.Apply(ContentLoader.Load(Content).Catalog!, today).Questions[0];
    }
}
