namespace EthicsBot.Host.Tests.Admin;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Feedback;
using EthicsBot.Host.Cli;
using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Feedback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

/// <summary>Learners' reports as admins see them: the list, the quarantine at five learners, clearing, and the CLI report.</summary>
public sealed class FeedbackAdminTests : ConnectedHostTest
{
    private const string Key = "feedback-admin-key-0123456789";

    public FeedbackAdminTests() => Factory.Settings["Admin:ApiKey"] = Key;

    [Fact]
    public async Task Report_TypedByALearner_IsListedForAdmins()
    {
        var client = Factory.CreateClient();
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "quiz", "u1"));
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "a", "u1"));
        await client.PostAsync(Activities.Message(Connector.ServiceUrl, "report unclear two cases in one stem", "u1"));

        var list = await Admin().GetFromJsonAsync<JsonObject>(new Uri("/api/admin/content/feedback", UriKind.Relative));

        var question = Assert.Single(list!["questions"]!.AsArray())!;
        Assert.Equal((1, 1, "two cases in one stem", false),
            ((int)question["reports"]!, (int)question["reasons"]!["unclear"]!, (string?)question["notes"]![0], (bool)question["quarantined"]!));
        Assert.Equal(5, (int)list["threshold"]!);
    }

    [Fact]
    public async Task FiveLearners_HoldTheQuestionBackUntilAnAdminClearsIt()
    {
        var provider = Factory.Services.GetRequiredService<IContentCatalogProvider>();
        var question = provider.Current.Questions[0].Id;
        await ReportAsync(question, 5);
        var admin = Admin();

        var list = await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/content/feedback", UriKind.Relative));
        var withdrawn = await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/content/withdrawn", UriKind.Relative));
        var heldBack = provider.Current.Questions.All(q => q.Id != question);
        var clear = await admin.PostAsync(new Uri($"/api/admin/content/feedback/{question}/clear", UriKind.Relative), null);
        var clearAgain = await admin.PostAsync(new Uri($"/api/admin/content/feedback/{question}/clear", UriKind.Relative), null);
        var audit = await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/audit", UriKind.Relative));

        Assert.True((bool)list!["questions"]![0]!["quarantined"]!);
        Assert.Equal([question], withdrawn!["reports"]!.AsArray().Select(n => (string?)n));
        Assert.True(heldBack);
        Assert.Contains(provider.Current.QuestionsById.Keys, id => id == question);
        Assert.Equal(HttpStatusCode.OK, clear.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, clearAgain.StatusCode);
        Assert.Contains(provider.Current.Questions, q => q.Id == question);
        Assert.Empty(provider.Current.Quarantined);
        var entry = audit!["entries"]!.AsArray()[1]!;
        Assert.Equal(("feedback.clear", "ok", $"{question}: 5 reports cleared"), ((string?)entry["action"], (string?)entry["outcome"], (string?)entry["detail"]));
    }

    [Fact]
    public async Task ContentReport_WithTheBotsDatabase_ListsReportsMostReportedFirst()
    {
        var ids = Factory.Services.GetRequiredService<IContentCatalogProvider>().Current.Questions.Take(2).Select(q => q.Id).ToList();
        await ReportAsync(ids[0], 2);
        await ReportAsync(ids[1], 5);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:ConnectionString"] = $"Data Source={Factory.DatabaseFile}",
        }).Build();
        using var output = new StringWriter();

        LearnerReportsSection.Print(output, configuration);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        var first = lines.FindIndex(l => l.StartsWith(ids[1], StringComparison.Ordinal));
        var second = lines.FindIndex(l => l.StartsWith(ids[0], StringComparison.Ordinal));
        Assert.True(first >= 0 && second > first, output.ToString());
        Assert.EndsWith("held back", lines[first], StringComparison.Ordinal);
        Assert.DoesNotContain("held back", lines[second], StringComparison.Ordinal);
    }

    private async Task ReportAsync(string question, int learners)
    {
        var store = Factory.Services.GetRequiredService<IQuestionFeedbackStore>();
        for (var i = 1; i <= learners; i++)
        {
            await store.ReportAsync(new QuestionReport
            {
                UserId = $"learner-{question}-{i}",
                QuestionId = question,
                ContentVersion = "c-test",
                Reason = ReportReason.WrongAnswer,
                ReportedAt = DateTimeOffset.UnixEpoch.AddDays(i),
            });
        }

        await Factory.Services.GetRequiredService<FeedbackQuarantine>().RefreshAsync(CancellationToken.None);
    }

    private HttpClient Admin()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }
}
