namespace EthicsBot.Host.Tests.Daily;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Domain.Daily;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

public sealed class DailyAdminEndpointsTests : IAsyncLifetime
{
    private static readonly Uri Run = new("/api/admin/daily/run", UriKind.Relative);
    private static readonly Uri RunAll = new("/api/admin/daily/run?all=true", UriKind.Relative);
    private readonly FakeTimeProvider time = new(DailyTestHost.MondayMorning);
    private FakeConnector connector = null!;

    public async Task InitializeAsync() => connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await connector.DisposeAsync();

    [Theory]
    [InlineData("POST", "/api/admin/daily/run", null)]
    [InlineData("POST", "/api/admin/daily/run?all=true", "wrong-key-0123456789")]
    [InlineData("GET", "/api/admin/daily/status", null)]
    [InlineData("GET", "/api/admin/daily/status?date=2026-11-23", "test-admin-key-012345678")]
    public async Task AdminRoute_MissingOrWrongKey_Returns401(string method, string path, string? key)
    {
        await using var host = DailyTestHost.Start(time);
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        var client = host.CreateAdminClient(key);

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Null(await host.Deliveries.GetAsync("user-1", DailyTestHost.Monday));
    }

    [Fact]
    public async Task PostRun_ApiKeyNotConfigured_Returns404()
    {
        await using var host = DailyTestHost.Start(time, settings => settings["Admin:ApiKey"] = string.Empty);

        var response = await host.CreateAdminClient().PostAsync(RunAll, null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostRun_UsersDue_QueuesThemAndStatusCountsEachOutcome()
    {
        time.Advance(TimeSpan.FromMinutes(30)); // 08:00
        await using var host = DailyTestHost.Start(time);
        foreach (var user in new[] { "user-1", "user-2", "user-3" })
        {
            await host.SubscribeAsync(user, connector.ServiceUrl);
        }

        await host.SubscribeAsync("later", connector.ServiceUrl, new DailySettings { DeliverAt = new TimeOnly(9, 0) });
        connector.Script("conv-user-2", ConnectorAnswer.MessageWritesBlocked);
        connector.Script("conv-user-3", ConnectorAnswer.ServiceUnavailable);
        var client = host.CreateAdminClient();

        var run = await client.PostAsync(Run, null);
        var queued = await run.Content.ReadFromJsonAsync<JsonObject>();
        await host.Engine.DrainAsync(CancellationToken.None); // the worker is off in this host
        var status = await client.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/daily/status?date=2026-12-07", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal((3, 3, 0), ((int)queued!["due"]!, (int)queued["queued"]!, (int)queued["alreadyQueued"]!));
        Assert.Equal("2026-12-07", (string?)status!["date"]);
        Assert.Equal((3, 1, 1, 0, 1), ((int)status["due"]!, (int)status["sent"]!, (int)status["pending"]!, (int)status["failed"]!, (int)status["unreachable"]!));
        Assert.Equal(["user-2"], status["unreachableUsers"]!.AsArray().Select(u => (string?)u));
    }

    [Fact]
    public async Task PostRunAll_WorkerRunning_SendsTodaysCardToEveryoneNotYetServed()
    {
        await using var host = DailyTestHost.Start(time, settings => settings["Daily:WorkerEnabled"] = "true");
        foreach (var user in new[] { "user-1", "user-2", "served" })
        {
            await host.SubscribeAsync(user, connector.ServiceUrl);
        }

        await host.SubscribeAsync("away", connector.ServiceUrl, new DailySettings { PausedUntil = DailyTestHost.Monday });
        await host.Deliveries.EnsureDueAsync([("served", DailyTestHost.Monday)], time.GetUtcNow());
        await host.Deliveries.ClaimBatchAsync("earlier-run", 10, TimeSpan.FromMinutes(1), maxAttempts: 11, time.GetUtcNow());
        await host.Deliveries.MarkSentAsync("served", DailyTestHost.Monday, "earlier-session", time.GetUtcNow());
        var client = host.CreateAdminClient();

        var run = await client.PostAsync(RunAll, null);
        var queued = await run.Content.ReadFromJsonAsync<JsonObject>();
        var sent = await connector.WaitForAsync(2);
        JsonObject status = null!;
        await Eventually.HoldsAsync(async () =>
        {
            status = (await client.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/daily/status", UriKind.Relative)))!;
            return (int)status["pending"]! == 0;
        });

        Assert.Equal((3, 2, 1), ((int)queued!["due"]!, (int)queued["queued"]!, (int)queued["alreadyQueued"]!));
        Assert.Equal(["conv-user-1", "conv-user-2"], sent.Select(a => (string?)a["conversation"]!["id"]).Order());
        Assert.Equal((3, 3), ((int)status["due"]!, (int)status["sent"]!));
    }

    [Theory]
    [InlineData("27-11-2026")]
    [InlineData("2026-02-30")]
    [InlineData("yesterday")]
    public async Task GetStatus_BadDate_Returns400WithFormatHint(string date)
    {
        await using var host = DailyTestHost.Start(time);

        var response = await host.CreateAdminClient().GetAsync(new Uri($"/api/admin/daily/status?date={date}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("YYYY-MM-DD", (string?)problem!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatus_DatabaseUnreachable_Returns503WithMessageNotStackTrace()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "ethicsbot-dbdown-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDir);
        await using var host = DailyTestHost.Start(time, settings =>
            settings["Persistence:ConnectionString"] = $"Data Source={Path.Combine(dataDir, "bot.db")}");
        var client = host.CreateAdminClient();
        try
        {
            // The database's folder turns into a file: nothing can open the database any more.
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
            await File.WriteAllTextAsync(dataDir, "not a folder");

            var status = await client.GetAsync(new Uri("/api/admin/daily/status", UriKind.Relative));
            var run = await client.PostAsync(Run, null);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, status.StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, run.StatusCode);
            var body = await status.Content.ReadAsStringAsync();
            Assert.Contains("database cannot be reached", body, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(dataDir);
        }
    }

    [Fact]
    public async Task PostRun_NoComposerRegistered_Returns503WithMessage()
    {
        await using var host = DailyTestHost.Start(time, withComposer: false);

        var response = await host.CreateAdminClient().PostAsync(RunAll, null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("composer", (string?)problem!["detail"], StringComparison.Ordinal);
    }
}
