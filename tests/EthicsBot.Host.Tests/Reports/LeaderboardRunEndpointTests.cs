namespace EthicsBot.Host.Tests.Reports;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Host.Reports.Leaderboards;
using EthicsBot.Host.Tests.Daily;
using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Leaderboards;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>POST /api/admin/reports/leaderboard/run through the real host, SQLite and the fake connector (<see cref="LeaderboardSeed"/>).</summary>
public sealed class LeaderboardRunEndpointTests : IAsyncLifetime
{
    private const string Channel = "19:run@thread.tacv2";
    private const string CommuneKey = "commune-key-0123456789";
    private static readonly Uri Run = new("/api/admin/reports/leaderboard/run", UriKind.Relative);
    /// <summary>Wednesday 18 November 2026, 10:00 in Hanoi: this week's Monday post (of the week of 9 November) is past.</summary>
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 18, 3, 0, 0, TimeSpan.Zero);

    private readonly string contentDir = Path.Combine(Path.GetTempPath(), "ethicsbot-leaderboard-run-" + Guid.NewGuid().ToString("N"));
    /// <summary>Starts on Thursday 12 November 2026, 10:00 in Hanoi; a fake clock only moves forward.</summary>
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 12, 3, 0, 0, TimeSpan.Zero));
    private FakeConnector connector = null!;
    private DailyTestHost host = null!;

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
        host = DailyTestHost.Start(time, settings =>
        {
            settings["Content:Path"] = contentDir;
            settings["Admin:Keys:an-phu:Key"] = CommuneKey;
            settings["Admin:Keys:an-phu:Unit"] = "xa-a";
        });
        await LeaderboardSeed.WeekOfNovember9Async(host.Services);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
        Directory.Delete(contentDir, recursive: true);
    }

    [Fact]
    public async Task Run_UnscopedKeyChannelRegisteredAfterMondaysPost_PostsLastWeeksCardNowAndASecondRunNothing()
    {
        time.SetUtcNow(Wednesday);
        await RegisterByCommandAsync();
        var admin = host.CreateAdminClient();

        var first = await admin.PostAsync(Run, null);
        var firstBody = await first.Content.ReadFromJsonAsync<JsonObject>();
        var second = await (await admin.PostAsync(Run, null)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(("2026-11-09", "2026-11-15"), ((string?)firstBody!["weekStart"], (string?)firstBody["weekEnd"]));
        Assert.Equal((1, 1, 0, 0), Counts(firstBody));
        Assert.Equal((1, 0, 1, 0), Counts(second!));
        var card = Assert.Single(LeaderboardSeed.Cards(connector));
        Assert.StartsWith("Bảng xếp hạng thi đua: An Giang\nTuần từ 09/11 đến 15/11/2026", card, StringComparison.Ordinal);
        Assert.Contains("1. Xã Bình Hòa: tham gia 83% · trả lời đúng 100%\n2. Xã An Phú: tham gia 100% · trả lời đúng 50%", card, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 9), (await Channels.GetAsync(Channel))!.LastWeekSent);
    }

    [Fact]
    public async Task Run_WeekPostedBeforeItsMonday_MondayPassSkipsItAndPostsTheNextWeek()
    {
        await RegisterByCommandAsync(); // Thursday 12 November
        time.SetUtcNow(new DateTimeOffset(2026, 11, 15, 3, 0, 0, TimeSpan.Zero)); // Sunday: the week of 9 November is still this week

        var run = await host.CreateAdminClient().PostAsync(new Uri(Run + "?week=2026-11-12", UriKind.Relative), null);
        var body = await run.Content.ReadFromJsonAsync<JsonObject>();
        time.SetUtcNow(new DateTimeOffset(2026, 11, 16, 1, 0, 0, TimeSpan.Zero)); // Monday 08:00: the week of 9 November is due
        var monday = await Poster.RunOnceAsync(CancellationToken.None);
        time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero)); // the next Monday 08:00
        var nextMonday = await Poster.RunOnceAsync(CancellationToken.None);

        Assert.Equal("2026-11-09", (string?)body!["weekStart"]);
        Assert.Equal((1, 1, 0, 0), Counts(body));
        Assert.Equal((0, 1), (monday, nextMonday));
        Assert.Collection(
            LeaderboardSeed.Cards(connector),
            c => Assert.Contains("Tuần từ 09/11 đến 15/11/2026", c, StringComparison.Ordinal),
            c => Assert.Contains("Tuần từ 16/11 đến 22/11/2026", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_ChannelThatRemovedTheBot_CountsItUnreachableAndPostsTheOthers()
    {
        time.SetUtcNow(Wednesday);
        await RegisterByCommandAsync();
        const string gone = "19:gone@thread.tacv2";
        await Channels.RegisterAsync(new LeaderboardChannel
        {
            ConversationId = gone,
            TenantId = DailyTestHost.Tenant,
            ServiceUrl = connector.ServiceUrl.ToString(),
            ReferenceJson = $$"""{"bot":{"id":"bot-1"},"conversation":{"id":"{{gone}}","conversationType":"channel","tenantId":"tenant-1"},"channelId":"msteams","serviceUrl":"{{connector.ServiceUrl}}"}""",
            UnitId = "an-giang",
            Locale = "vi",
            RegisteredAt = time.GetUtcNow(),
        });
        connector.Script(gone, ConnectorAnswer.MessageWritesBlocked);

        var body = await (await host.CreateAdminClient().PostAsync(Run, null)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal((2, 1, 0, 1), Counts(body!));
        Assert.Single(LeaderboardSeed.Cards(connector));
    }

    [Fact]
    public async Task RunWeek_CancelledWhileTheSendIsInFlight_GivesTheWeekBack()
    {
        time.SetUtcNow(Wednesday);
        await RegisterByCommandAsync();
        var before = connector.Requests.Count;
        connector.Hold(Channel);
        using var stop = new CancellationTokenSource();

        var run = Poster.RunWeekAsync(new DateOnly(2026, 11, 9), stop.Token);
        await connector.WaitForRequestsAsync(before + 1);
        var claimedWhileSending = (await Channels.GetAsync(Channel))!.LastWeekSent;
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Equal(new DateOnly(2026, 11, 9), claimedWhileSending);
        Assert.Null((await Channels.GetAsync(Channel))!.LastWeekSent);
    }

    [Fact]
    public async Task Run_UnitScopedKey_Is403AndPostsNothing()
    {
        time.SetUtcNow(Wednesday);
        await RegisterByCommandAsync();

        var response = await host.CreateAdminClient(CommuneKey).PostAsync(Run, null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("limited to one unit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(LeaderboardSeed.Cards(connector));
        Assert.Null((await Channels.GetAsync(Channel))!.LastWeekSent);
    }

    [Theory]
    [InlineData("last-week", "'week' must be a day of the week to post, written YYYY-MM-DD")]
    [InlineData("2026-02-30", "'week' must be a day of the week to post, written YYYY-MM-DD")]
    [InlineData("2026-11-23", "The week of 2026-11-23 has not started yet (today is 2026-11-18)")]
    public async Task Run_BadWeek_Is400WithAClearMessageAndPostsNothing(string week, string message)
    {
        time.SetUtcNow(Wednesday);
        await RegisterByCommandAsync();

        var response = await host.CreateAdminClient().PostAsync(new Uri(Run + "?week=" + week, UriKind.Relative), null);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bad week", (string?)problem!["title"]);
        Assert.Contains(message, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty(LeaderboardSeed.Cards(connector));
        Assert.Null((await Channels.GetAsync(Channel))!.LastWeekSent);
    }

    [Fact]
    public async Task Run_EachCall_IsInTheAuditTrailWithTheWeekAndCounts()
    {
        time.SetUtcNow(Wednesday);
        await RegisterByCommandAsync();
        var admin = host.CreateAdminClient();

        await admin.PostAsync(Run, null);
        await admin.PostAsync(new Uri(Run + "?week=soon", UriKind.Relative), null);
        var entries = (await admin.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/audit", UriKind.Relative)))!["entries"]!.AsArray();

        var runs = entries.Where(e => (string?)e!["action"] == "reports.leaderboard.run").ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal(("refused", 400, "bad week"), ((string?)runs[0]!["outcome"], (int?)runs[0]!["status"], (string?)runs[0]!["detail"]));
        Assert.Equal(("ok", 200, "default"), ((string?)runs[1]!["outcome"], (int?)runs[1]!["status"], (string?)runs[1]!["key"]));
        Assert.Equal(
            "week=2026-11-09 channels=1 posted=1 alreadyPosted=0 unreachable=0 retryLater=0 unknownUnit=0", (string?)runs[1]!["detail"]);
    }

    private WeeklyLeaderboardPoster Poster => host.Services.GetRequiredService<WeeklyLeaderboardPoster>();

    private ILeaderboardChannelStore Channels => host.Services.GetRequiredService<ILeaderboardChannelStore>();

    private static (int Channels, int Posted, int AlreadyPosted, int Unreachable) Counts(JsonObject run) =>
        ((int)run["channels"]!, (int)run["posted"]!, (int)run["alreadyPosted"]!, (int)run["unreachable"]!);

    /// <summary>Registers <see cref="Channel"/> for An Giang with the real command, at the clock's time.</summary>
    private async Task RegisterByCommandAsync()
    {
        using var client = host.App.CreateClient();
        (await client.PostAsync(LeaderboardSeed.ChannelMessage(connector.ServiceUrl, Channel, "bảng xếp hạng bật an-giang"))).EnsureSuccessStatusCode();
        Assert.NotNull(await Channels.GetAsync(Channel));
    }
}
