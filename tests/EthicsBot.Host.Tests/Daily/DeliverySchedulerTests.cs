namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Domain.Daily;
using EthicsBot.Host.Daily;
using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Daily;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

public sealed class DeliverySchedulerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(DailyTestHost.MondayMorning);
    private FakeConnector connector = null!;
    private DailyTestHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        host = DailyTestHost.Start(time);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task RunOnce_BeforeDeliveryTimeThenAtIt_SendsOneCardAtTheTimeAndRecordsIt()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);

        var early = await host.Engine.RunOnceAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(30));
        var onTime = await host.Engine.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, early.Claimed);
        Assert.Equal(1, onTime.Sent);
        var card = Assert.Single(connector.Activities);
        Assert.Equal(TestDailyComposer.DailyText("user-1", DailyTestHost.Monday), (string?)card["text"]);
        Assert.Equal(DailyTestHost.Conversation("user-1"), Assert.Single(connector.Requests).ConversationId);
        var delivery = await host.Deliveries.GetAsync("user-1", DailyTestHost.Monday);
        Assert.Equal(DeliveryStatus.Sent, delivery!.Status);
        Assert.Equal(TestDailyComposer.SessionId("user-1", DailyTestHost.Monday), delivery.SessionId);
    }

    [Fact]
    public async Task RunOnce_RepeatedSameDay_SendsOnlyOnce()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        time.Advance(TimeSpan.FromMinutes(30));

        await host.Engine.RunOnceAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(5));
        var again = await host.Engine.RunOnceAsync(CancellationToken.None);
        var adminRun = await host.Engine.ScheduleAsync(all: true, CancellationToken.None);
        await host.Engine.DrainAsync(CancellationToken.None);

        Assert.Equal(0, again.Claimed);
        Assert.Equal(0, adminRun.Queued);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task RunOnce_OwnDeliveryTimeAndDisabledUser_FollowsEachUsersSettings()
    {
        await host.SubscribeAsync("early", connector.ServiceUrl, new DailySettings { DeliverAt = new TimeOnly(7, 0) });
        await host.SubscribeAsync("late", connector.ServiceUrl, new DailySettings { DeliverAt = new TimeOnly(9, 0) });
        await host.SubscribeAsync("off", connector.ServiceUrl, new DailySettings { Enabled = false, DeliverAt = new TimeOnly(7, 0) });

        await host.Engine.RunOnceAsync(CancellationToken.None);

        Assert.Equal(["conv-early"], connector.Requests.Select(r => r.ConversationId));
    }

    [Fact]
    public async Task RunOnce_Weekend_SendsNothing()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        time.Advance(TimeSpan.FromDays(5) + TimeSpan.FromHours(1)); // Saturday 12 December, 08:30

        var saturday = await host.Engine.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, saturday.Claimed);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task RunOnce_MissedMorningCaughtUpAfterOfficeHours_SendsNothing()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        time.Advance(TimeSpan.FromHours(10)); // 17:30 local: the 08:00 card was never sent (the bot was down)

        var evening = await host.Engine.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, evening.Claimed);
        Assert.Null(await host.Deliveries.GetAsync("user-1", DailyTestHost.Monday));
    }

    [Fact]
    public async Task ScheduleAll_BeforeAnyonesTime_QueuesEverySubscriberNotYetServedButNotPausedOnes()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        await host.SubscribeAsync("user-2", connector.ServiceUrl, new DailySettings { DeliverAt = new TimeOnly(10, 0) });
        await host.SubscribeAsync("away", connector.ServiceUrl, new DailySettings { PausedUntil = DailyTestHost.Monday.AddDays(4) });

        var run = await host.Engine.ScheduleAsync(all: true, CancellationToken.None);
        var drained = await host.Engine.DrainAsync(CancellationToken.None);

        Assert.Equal(2, run.Queued);
        Assert.Equal(2, drained.Sent);
        Assert.Equal(["conv-user-1", "conv-user-2"], connector.Requests.Select(r => r.ConversationId).Order());
    }

    [Fact]
    public async Task ScheduleAsync_MoreRowsThanOneChunk_QueuesAllAndWakesTheWorker()
    {
        // 1,000 rows per chunk: the worker is woken after the first, while the rest are still being written.
        for (var i = 0; i < 1001; i++)
        {
            await host.SubscribeAsync($"user-{i:0000}", connector.ServiceUrl);
        }

        var signal = host.Services.GetRequiredService<DeliverySignal>();
        await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None); // forget wake-ups from the subscriptions

        var result = await host.Engine.ScheduleAsync(all: true, CancellationToken.None);
        var woken = signal.WaitAsync(TimeSpan.FromHours(1), CancellationToken.None);

        Assert.Equal(1001, result.Due);
        Assert.Equal(1001, result.Queued);
        Assert.True(woken.IsCompleted, "The worker was not woken for the queued rows.");
    }
}
