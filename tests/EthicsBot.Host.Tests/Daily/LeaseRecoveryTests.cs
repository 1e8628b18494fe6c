namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Host.Tests.Fakes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// A crash with sends in flight, as two engine instances over one SQLite file: the first claims and sends, then dies
/// before recording some sends; the second takes the rows over once their lease has run out.
/// </summary>
public sealed class LeaseRecoveryTests : IAsyncLifetime
{
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "ethicsbot-lease-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider time = new(DailyTestHost.MondayMorning + TimeSpan.FromMinutes(30));
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataDir);
        connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDir, recursive: true);
    }

    [Fact]
    public async Task Drain_InstanceDiesWithSendsInFlight_SecondInstanceDeliversEveryoneAndRepeatsOnlyTheInFlightOnes()
    {
        var users = Enumerable.Range(1, 12).Select(i => $"user-{i:00}").ToList();
        var first = Start();
        foreach (var user in users)
        {
            await first.SubscribeAsync(user, connector.ServiceUrl);
        }

        // Teams receives these two cards, but the bot never learns it: the process dies while waiting for the answer.
        connector.Hold("conv-user-03");
        connector.Hold("conv-user-08");
        using var crash = new CancellationTokenSource();
        await first.Engine.ScheduleAsync(all: false, CancellationToken.None);
        var firstDrain = first.Engine.DrainAsync(crash.Token);
        await connector.WaitForRequestsAsync(users.Count);
        await Eventually.HoldsAsync(async () => (await first.Deliveries.GetStatusAsync(DailyTestHost.Monday)).Sent == users.Count - 2);
        await crash.CancelAsync();
        await firstDrain;
        var atCrash = await first.Deliveries.GetStatusAsync(DailyTestHost.Monday);
        await first.DisposeAsync();
        connector.Release("conv-user-03");
        connector.Release("conv-user-08");

        await using var second = Start();
        var whileLeased = await second.Engine.DrainAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1));
        var afterLease = await second.Engine.DrainAsync(CancellationToken.None);

        Assert.Equal(2, atCrash.Pending); // the in-flight rows, still claimed by the dead instance
        Assert.Equal(0, whileLeased.Claimed);
        Assert.Equal(2, afterLease.Sent);
        var final = await second.Deliveries.GetStatusAsync(DailyTestHost.Monday);
        Assert.Equal((users.Count, users.Count, 0), (final.Due, final.Sent, final.Pending));
        var perUser = connector.Activities.GroupBy(a => (string?)a["conversation"]?["id"]).ToDictionary(g => g.Key!, g => g.Count());
        Assert.All(users, u => Assert.True(perUser.GetValueOrDefault("conv-" + u) >= 1, $"{u} lost"));
        Assert.Equal(["conv-user-03", "conv-user-08"], perUser.Where(p => p.Value > 1).Select(p => p.Key).Order());
        Assert.True(perUser.Values.Sum() - users.Count <= atCrash.Pending);
    }

    private DailyTestHost Start() => DailyTestHost.Start(time, settings =>
    {
        settings["Persistence:ConnectionString"] = $"Data Source={Path.Combine(dataDir, "shared.db")}";
        settings["Daily:Lease"] = "00:00:59";
        settings["Daily:BatchSize"] = "5";
        settings["Daily:MaxConcurrency"] = "4";
    });
}
