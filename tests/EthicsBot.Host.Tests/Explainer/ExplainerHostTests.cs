namespace EthicsBot.Host.Tests.Explainer;

using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// The real host and the real Azure.AI.OpenAI SDK against a fake Azure OpenAI on loopback: grounded answers,
/// rejected citations, every failure ending in the offline answer in time, no personal data in the prompt, the
/// "why" cache, and the admin status.
/// </summary>
public sealed class ExplainerHostTests : ConnectedHostTest
{
    private const string AdminKey = "explainer-admin-key-0123";
    private const string Question = "Tôi là Nguyễn Văn An, số 0912 345 678, email an.nguyen@xa.gov.vn: có được soạn tài liệu mật trên laptop cá nhân có kết nối Internet không?";

    private readonly CapturedLogs logs = new();
    private FakeAzureOpenAI model = null!;
    private HttpClient client = null!;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await model.DisposeAsync();
    }

    [Fact]
    public async Task Ask_ModelCitesTheRetrievedLaw_DeliversTheLabelledAnswerAfterTheCard()
    {
        await StartAsync(new ModelBehaviour.Answer("Không được: máy nối Internet không được dùng để soạn tài liệu mật [[luat-bvbmnn-2025#5]]."));

        var sent = await AskAsync(Question);

        Assert.Equal(3, sent.Count);
        Assert.Equal("typing", (string?)sent[1]["type"]);
        Assert.Contains("tài liệu mật [1].", (string?)sent[2]["text"], StringComparison.Ordinal);
        Assert.Equal("AIGeneratedContent", (string?)sent[2]["entities"]![0]!["additionalType"]![0]);
        var request = Assert.Single(model.Requests);
        Assert.Equal("gpt-test", (string?)request["deployment"]);
        Assert.Equal("test-key", (string?)request["apiKey"]);
    }

    [Fact]
    public async Task Ask_PromptSentToTheModel_HoldsNoneOfThePlantedPersonalData()
    {
        await StartAsync(new ModelBehaviour.Answer("[[luat-bvbmnn-2025]]"));

        await AskAsync(Question);

        var prompt = string.Join('\n', model.Prompts);
        Assert.Contains("laptop", prompt, StringComparison.Ordinal);
        foreach (var planted in new[] { "Nguyễn Văn An", "Văn An", "0912", "345 678", "an.nguyen", "user-1", "tenant-1", "aad-user-1" })
        {
            Assert.DoesNotContain(planted, prompt, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(logs.Lines, l => l.Contains("laptop", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_ModelCitesALawOutsideTheRetrievedSet_SendsOnlyTheOfflineAnswer()
    {
        await StartAsync(new ModelBehaviour.Answer("Theo luật cũ thì được [[luat-cbcc-2008]]."));

        var sent = await AskAsync(Question);

        Assert.Equal(2, sent.Count);
        var status = await StatusAsync();
        Assert.Equal(1, (int?)status["explainer"]!["citationRejections"]);
        Assert.Equal(1, (int?)status["explainer"]!["fallbacksByReason"]!["citation:outside-retrieved-set"]);
    }

    public static TheoryData<ModelBehaviour, string> Failures() => new()
    {
        { new ModelBehaviour.TooManyRequests(30), "RateLimited" },
        { new ModelBehaviour.ServerError(), "ServerError" },
        { new ModelBehaviour.Hang(), "Timeout" },
        { new ModelBehaviour.PromptFiltered(), "ContentFiltered" },
        { new ModelBehaviour.CompletionFiltered(), "ContentFiltered" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Ask_ModelFails_OfflineAnswerStandsWithinTenSecondsAndOneLogLineSaysWhy(ModelBehaviour failure, string reason)
    {
        await StartAsync(failure);
        var clock = Stopwatch.StartNew();

        var sent = await AskAsync(Question);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal(2, sent.Count);
        Assert.Contains("117/2025/QH15", sent[0].ToJsonString(), StringComparison.Ordinal);
        Assert.Single(logs.Lines, l => l.Contains("fell back to the offline answer", StringComparison.Ordinal) && l.Contains(": " + reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_AfterA429_WaitsOutRetryAfterWithoutCallingTheModel()
    {
        await StartAsync(new ModelBehaviour.TooManyRequests(60));
        await AskAsync(Question);

        await AskAsync(Question);

        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task Why_SameOptionAskedByTwoUsers_CallsTheModelOnce()
    {
        await StartAsync(new ModelBehaviour.Answer("Lựa chọn này chưa đúng vì máy nối mạng không được dùng [[luat-bvbmnn-2025#5]]."));

        foreach (var user in new[] { "user-1", "user-2" })
        {
            await client.PostAsync(Activities.Message(Connector.ServiceUrl, "xin chào", user));
            await client.PostAsync(Scenario("ss-001", user));
            await client.PostAsync(Activities.Message(Connector.ServiceUrl, "a", user));
            await client.PostAsync(Activities.Message(Connector.ServiceUrl, "tại sao", user));
        }

        Assert.Single(model.Requests);
        var answers = Connector.Activities.Where(a => ((string?)a["text"])?.Contains("chưa đúng vì máy nối mạng", StringComparison.Ordinal) == true);
        Assert.Equal(2, answers.Count());
        var status = await StatusAsync();
        Assert.Equal(1, (int?)status["explainer"]!["cacheHits"]);
        Assert.Equal(812, (int?)status["explainer"]!["inputTokens"]);
    }

    [Fact]
    public async Task Status_WithoutTheAdminKey_IsRefused()
    {
        await StartAsync(new ModelBehaviour.Answer("[[luat-bvbmnn-2025]]"));

        var response = await client.GetAsync(new Uri("/api/admin/explainer/status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Status_AfterAQuestionTheBankLacks_ListsItScrubbed()
    {
        await StartAsync(new ModelBehaviour.Answer("[[luat-bvbmnn-2025]]"));

        await AskAsync("Thủ tục cấp hộ chiếu cho ông Lê Văn Tám, CCCD 001203004567, mất bao lâu?");

        var status = await StatusAsync();
        var unanswered = Assert.Single(status["unanswered"]!.AsArray());
        Assert.Equal("Thủ tục cấp hộ chiếu cho ông Lê Văn Tám, CCCD [id-number], mất bao lâu?", (string?)unanswered!["text"]);
        Assert.Empty(model.Requests);
    }

    private async Task StartAsync(ModelBehaviour behaviour)
    {
        model = await FakeAzureOpenAI.StartAsync();
        model.Default = behaviour;
        Factory.Settings["Explainer:Endpoint"] = model.Endpoint.ToString();
        Factory.Settings["Explainer:Deployment"] = "gpt-test";
        Factory.Settings["Explainer:ApiKey"] = "test-key";
        Factory.Settings["Explainer:TimeoutSeconds"] = "4";
        Factory.Settings["Admin:ApiKey"] = AdminKey;
        client = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(logs))).CreateClient();
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "xin chào"));
    }

    /// <summary>Sends the question and returns what the bot sent for it (the turn is over when the POST returns).</summary>
    private async Task<IReadOnlyList<JsonObject>> AskAsync(string text)
    {
        var before = Connector.Activities.Count;
        var response = await client.PostAsync(Activities.Message(Connector.ServiceUrl, text));
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        return [.. Connector.Activities.Skip(before)];
    }

    private JsonObject Scenario(string questionId, string user)
    {
        var message = Activities.Message(Connector.ServiceUrl, string.Empty, user);
        message.Remove("text");
        message["value"] = new JsonObject { ["verb"] = "scenario", ["questionId"] = questionId };
        return message;
    }

    private async Task<JsonObject> StatusAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/admin/explainer/status", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
