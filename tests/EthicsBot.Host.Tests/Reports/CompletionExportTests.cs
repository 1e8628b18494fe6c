namespace EthicsBot.Host.Tests.Reports;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Content.Catalog;
using EthicsBot.Domain;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Units;
using EthicsBot.Persistence.Users;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

/// <summary>The completion export names people, so it is scoped, audited, and checked cell by cell.</summary>
public sealed class CompletionExportTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    [Fact]
    public async Task CompletionXlsx_PersonWithEveryObjectiveOnTwoDays_IsMarkedWithTheDay()
    {
        var (topic, earnedOn) = await SeedCompleterAsync("29:completer", "Trần Thị Hoa");

        var response = await host.Admin().GetAsync(new Uri("/api/admin/reports/completion.xlsx?unit=xa-a", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true, sheetName: "Hoan thanh", excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        var topics = host.Factory.Services.GetRequiredService<IContentCatalogProvider>().Current.Topics.Count;
        Assert.Equal(7 * topics, rows.Count);
        var passed = Assert.Single(rows, r => (string?)r["Kết quả"] == "Đạt");
        Assert.Equal("Trần Thị Hoa", passed["Họ tên"]);
        Assert.Equal("An Giang › Xã An Phú", passed["Đơn vị"]);
        Assert.Equal(topic, passed["Chủ đề"]);
        Assert.Equal(earnedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), passed["Ngày đạt"]);
    }

    [Fact]
    public async Task CompletionXlsx_ScopedKeyOutsideItsUnit_Is403AndTheRefusalIsAudited()
    {
        var response = await host.Admin(ReportsHost.CommuneKey).GetAsync(new Uri("/api/admin/reports/completion.xlsx?unit=an-giang", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var audit = await host.Admin().GetFromJsonAsync<JsonObject>(new Uri("/api/admin/audit", UriKind.Relative));
        Assert.Contains(audit!["entries"]!.AsArray(), e => (string?)e!["action"] == "reports.completion" && (string?)e["outcome"] == "refused");
    }

    [Fact]
    public async Task CompletionXlsx_ScopedKeyOwnUnit_IsAllowedAndAudited()
    {
        var response = await host.Admin(ReportsHost.CommuneKey).GetAsync(new Uri("/api/admin/reports/completion.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = await host.Admin().GetFromJsonAsync<JsonObject>(new Uri("/api/admin/audit", UriKind.Relative));
        Assert.Contains(audit!["entries"]!.AsArray(), e => (string?)e!["action"] == "reports.completion" && (string?)e["key"] == "an-phu"
            && ((string?)e["detail"])!.StartsWith("unit=xa-a people=", StringComparison.Ordinal));
    }

    // Answers one question of every objective of the first topic right: half three days ago, half yesterday.
    private async Task<(string Topic, DateOnly EarnedOn)> SeedCompleterAsync(string userId, string name)
    {
        var services = host.Factory.Services;
        var catalog = services.GetRequiredService<IContentCatalogProvider>().Current;
        var zone = TimeZones.Resolve(catalog.Calendar.DefaultTimeZone);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var topic = catalog.Topics[0];
        var perObjective = catalog.Questions.Where(q => q.TopicId == topic.Id).GroupBy(q => q.Objective).Select(g => g.First()).ToList();
        await services.GetRequiredService<IUserStore>().UpsertAsync(new UserProfile { UserId = userId, DisplayName = name, Locale = Locale.Vi, CreatedAt = now });
        await services.GetRequiredService<IUnitStore>().SetAsync(userId, "xa-a", new DateOnly(2026, 1, 1), UnitSource.User);
        var quizzes = services.GetRequiredService<IQuizStore>();
        for (var i = 0; i < perObjective.Count; i++)
        {
            var at = now.AddDays(i % 2 == 0 ? -3 : -1);
            var question = perObjective[i];
            await quizzes.CreateSessionAsync(new QuizSessionRecord
            {
                SessionId = $"{userId}-{i}", UserId = userId, Kind = Domain.Quizzes.SessionKind.OnDemand, QuestionIds = [question.Id],
                ContentVersion = catalog.Version, Locale = Locale.Vi, StartedAt = at,
            });
            await quizzes.TryRecordAnswerAsync(new AnswerRecord
            {
                SessionId = $"{userId}-{i}", UserId = userId, QuestionId = question.Id, TopicId = topic.Id, OptionId = "a",
                Grade = OptionGrade.Best, ContentVersion = catalog.Version, AnsweredAt = at,
            });
        }

        return (topic.Name.Vi, TimeZones.LocalDate(now.AddDays(perObjective.Count > 1 ? -1 : -3), zone));
    }
}
