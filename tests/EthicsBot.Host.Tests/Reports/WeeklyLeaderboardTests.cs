namespace EthicsBot.Host.Tests.Reports;

using System.Text.Json.Nodes;
using EthicsBot.Host.Reports.Leaderboards;
using EthicsBot.Host.Tests.Daily;
using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Leaderboards;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// The Monday leaderboard through the real host, SQLite and the fake connector. Units under An Giang: xa-b has 6 people
/// of whom 5 answered one question right in the week of 9 November 2026; xa-a has 6 people who all answered two, one
/// right; xa-c has nobody. Floor 5.
/// </summary>
public sealed class WeeklyLeaderboardTests : IAsyncLifetime
{
    private const string Channel = "19:leaders@thread.tacv2";
    /// <summary>Thursday 12 November 2026, 10:00 in Hanoi.</summary>
    private static readonly DateTimeOffset Thursday = new(2026, 11, 12, 3, 0, 0, TimeSpan.Zero);
    /// <summary>Monday 16 November 2026, 08:00 in Hanoi.</summary>
    private static readonly DateTimeOffset MondayEight = new(2026, 11, 16, 1, 0, 0, TimeSpan.Zero);

    private readonly string contentDir = Path.Combine(Path.GetTempPath(), "ethicsbot-leaderboard-" + Guid.NewGuid().ToString("N"));
    /// <summary>A fake clock only moves forward, so it starts at the earliest moment any test needs: Monday 20 April 2026.</summary>
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 4, 20, 3, 0, 0, TimeSpan.Zero));
    private FakeConnector connector = null!;
    private DailyTestHost host = null!;

    private WeeklyLeaderboardPoster Poster => host.Services.GetRequiredService<WeeklyLeaderboardPoster>();

    private ILeaderboardChannelStore Channels => host.Services.GetRequiredService<ILeaderboardChannelStore>();

    public async Task InitializeAsync()
    {
        var shipped = Path.Combine(BotHostFactory.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(contentDir, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        await File.WriteAllTextAsync(Path.Combine(contentDir, "units.yaml"), ReportsHost.Units);
        connector = await FakeConnector.StartAsync();
        host = DailyTestHost.Start(time, settings => settings["Content:Path"] = contentDir);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
        Directory.Delete(contentDir, recursive: true);
    }

    [Fact]
    public async Task RunOnce_ChannelRegisteredByCommand_PostsLastWeeksRankingOnMondayAtEightOnce()
    {
        time.SetUtcNow(Thursday);
        await SeedAsync();
        using var client = host.App.CreateClient();
        var registered = await client.PostAsync(ChannelMessage("bảng xếp hạng bật an-giang"));
        registered.EnsureSuccessStatusCode();

        time.SetUtcNow(MondayEight - TimeSpan.FromMinutes(1));
        var early = await Poster.RunOnceAsync(CancellationToken.None);
        time.SetUtcNow(MondayEight);
        var onTime = await Poster.RunOnceAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromHours(2));
        var again = await Poster.RunOnceAsync(CancellationToken.None);
        await client.PostAsync(ChannelMessage("bảng xếp hạng bật an-giang")); // registering again keeps the week posted
        var afterReregistering = await Poster.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1, 0, 0), (early, onTime, again, afterReregistering));
        var text = Assert.Single(
            connector.Activities.Select(a => CardJson.FirstCard(a)?["fallbackText"]?.ToString()),
            t => t?.StartsWith("Bảng xếp hạng thi đua", StringComparison.Ordinal) == true);
        Assert.StartsWith("Bảng xếp hạng thi đua: An Giang\nTuần từ 09/11 đến 15/11/2026", text, StringComparison.Ordinal);
        Assert.Contains("1. Xã Bình Hòa: tham gia 83% · trả lời đúng 100%\n2. Xã An Phú: tham gia 100% · trả lời đúng 50%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Châu Thành", text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 9), (await Channels.GetAsync(Channel))!.LastWeekSent);
    }

    [Fact]
    public async Task RunOnce_HolidayMonday_PostsOnTheNextWorkdayInTheRegisteredLanguage()
    {
        // 27 April 2026 is a Monday off (content/calendar.yaml); Tuesday 28 April is a workday.
        await RegisterAsync("an-giang", "en");

        time.SetUtcNow(new DateTimeOffset(2026, 4, 27, 2, 0, 0, TimeSpan.Zero)); // Monday 09:00
        var holiday = await Poster.RunOnceAsync(CancellationToken.None);
        time.SetUtcNow(new DateTimeOffset(2026, 4, 28, 1, 0, 0, TimeSpan.Zero)); // Tuesday 08:00
        var nextWorkday = await Poster.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (holiday, nextWorkday));
        var text = (string?)CardJson.FirstCard(Assert.Single(connector.Activities))!["fallbackText"];
        Assert.StartsWith("Leaderboard: An Giang\nWeek of 20 Apr to 26 Apr 2026", text, StringComparison.Ordinal);
        Assert.Contains("Last week no unit had enough people", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnce_ConnectorAnswers429_GivesTheWeekBackAndSendsOnTheNextPass()
    {
        await RegisterAsync("an-giang", "vi");
        connector.Script(Channel, ConnectorAnswer.TooManyRequests(1));
        time.SetUtcNow(MondayEight);

        var throttled = await Poster.RunOnceAsync(CancellationToken.None);
        var weekAfter429 = (await Channels.GetAsync(Channel))!.LastWeekSent;
        time.Advance(TimeSpan.FromMinutes(5));
        var retried = await Poster.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (throttled, retried));
        Assert.Null(weekAfter429);
        Assert.Equal([429, 200], connector.Requests.Where(r => r.ConversationId == Channel).Select(r => r.Status));
    }

    [Fact]
    public async Task RunOnce_RegisteredAfterThisWeeksPostTime_WaitsForNextMonday()
    {
        time.SetUtcNow(MondayEight + TimeSpan.FromHours(3));
        await RegisterAsync("an-giang", "vi");

        var thisWeek = await Poster.RunOnceAsync(CancellationToken.None);
        time.SetUtcNow(MondayEight + TimeSpan.FromDays(7));
        var nextWeek = await Poster.RunOnceAsync(CancellationToken.None);

        Assert.Equal((0, 1), (thisWeek, nextWeek));
        Assert.Equal(new DateOnly(2026, 11, 16), (await Channels.GetAsync(Channel))!.LastWeekSent);
    }

    [Fact]
    public async Task RunOnce_ContestSeasonWeekOnAnotherTopic_CountsOnlyThatTopicAndNamesTheSeason()
    {
        // Every seeded answer is on social media; the season's week of 9 November is about information security.
        var seasonTime = new FakeTimeProvider(Thursday);
        await using var season = DailyTestHost.Start(seasonTime, settings =>
        {
            settings["Content:Path"] = contentDir;
            settings["Contest:Name"] = "Chuyển đổi số 2026";
            settings["Contest:Start"] = "2026-11-02";
            settings["Contest:End"] = "2026-12-31";
            settings["Contest:WeeklyTopics:0"] = "social-media";
            settings["Contest:WeeklyTopics:1"] = "info-security";
        });
        await SeedAsync(season.Services);
        await season.Services.GetRequiredService<ILeaderboardChannelStore>().RegisterAsync(Registration("an-giang", "vi", seasonTime.GetUtcNow()));
        seasonTime.SetUtcNow(MondayEight);

        Assert.Equal(1, await season.Services.GetRequiredService<WeeklyLeaderboardPoster>().RunOnceAsync(CancellationToken.None));

        var text = (string?)CardJson.FirstCard(Assert.Single(connector.Activities))!["fallbackText"];
        Assert.Contains("Mùa thi đua: Chuyển đổi số 2026 · chủ đề tính điểm: An toàn thông tin", text, StringComparison.Ordinal);
        Assert.Contains("Tuần qua chưa có đơn vị nào đủ số người tham gia", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Xã Bình Hòa:", text, StringComparison.Ordinal);
    }

    private Task RegisterAsync(string unit, string locale) => Channels.RegisterAsync(Registration(unit, locale, time.GetUtcNow()));

    private LeaderboardChannel Registration(string unit, string locale, DateTimeOffset at) => new()
    {
        ConversationId = Channel,
        TenantId = DailyTestHost.Tenant,
        ServiceUrl = connector.ServiceUrl.ToString(),
        ReferenceJson = $$"""{"bot":{"id":"bot-1"},"conversation":{"id":"{{Channel}}","conversationType":"channel","tenantId":"tenant-1"},"channelId":"msteams","serviceUrl":"{{connector.ServiceUrl}}"}""",
        UnitId = unit,
        Locale = locale,
        RegisteredAt = at,
    };

    private JsonObject ChannelMessage(string text) => LeaderboardSeed.ChannelMessage(connector.ServiceUrl, Channel, text);

    private Task SeedAsync() => LeaderboardSeed.WeekOfNovember9Async(host.Services);

    private static Task SeedAsync(IServiceProvider services) => LeaderboardSeed.WeekOfNovember9Async(services);
}
