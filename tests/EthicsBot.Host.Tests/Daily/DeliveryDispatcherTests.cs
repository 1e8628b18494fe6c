namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Host.Tests.Fakes;
using EthicsBot.Persistence.Daily;
using Microsoft.Extensions.Time.Testing;

public sealed class DeliveryDispatcherTests : IAsyncLifetime
{
    private static readonly DateOnly Monday = DailyTestHost.Monday;
    private readonly FakeTimeProvider time = new(DailyTestHost.MondayMorning + TimeSpan.FromMinutes(30));
    private FakeConnector connector = null!;
    private DailyTestHost host = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        host = DailyTestHost.Start(time, settings => settings["Daily:MaxAttempts"] = "3");
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Drain_429WithRetryAfter_RetriesNoEarlierThanRetryAfter()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        connector.Script("conv-user-1", ConnectorAnswer.TooManyRequests(retryAfterSeconds: 30));
        var throttledAt = time.GetUtcNow();

        var first = await host.Engine.RunOnceAsync(CancellationToken.None);
        var waiting = await host.Deliveries.GetAsync("user-1", Monday);
        time.Advance(TimeSpan.FromSeconds(29));
        var tooEarly = await host.Engine.DrainAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        var onTime = await host.Engine.DrainAsync(CancellationToken.None);

        Assert.Equal(1, first.Retried);
        Assert.Equal(DeliveryStatus.Pending, waiting!.Status);
        Assert.Equal(throttledAt + TimeSpan.FromSeconds(30), waiting.NextAttemptAt);
        Assert.Contains("429", waiting.LastError, StringComparison.Ordinal);
        Assert.Equal(0, tooEarly.Claimed);
        Assert.Equal(1, onTime.Sent);
        Assert.Equal([429, 200], connector.Requests.Select(r => r.Status));
        Assert.Equal(DeliveryStatus.Sent, (await host.Deliveries.GetAsync("user-1", Monday))!.Status);
    }

    [Fact]
    public async Task Drain_RetryFallsDueWhileLastCardsAreSent_ReportsItDueSoTheWorkerComesBackAtOnce()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        await host.SubscribeAsync("user-2", connector.ServiceUrl);
        connector.Script("conv-user-1", ConnectorAnswer.ServiceUnavailable);
        connector.Hold("conv-user-2");
        await host.Engine.ScheduleAsync(all: true, CancellationToken.None);

        var drain = host.Engine.DrainAsync(CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await host.Deliveries.GetAsync("user-1", Monday))?.LastError is not null);
        time.Advance(TimeSpan.FromSeconds(1)); // user-1's retry is due now, after the drain's last claim
        connector.Release("conv-user-2");
        var result = await drain;

        Assert.Equal(1, result.Retried);
        Assert.Equal(1, result.Sent);
        Assert.NotNull(result.NextRetryAt);
        Assert.True(result.NextRetryAt <= time.GetUtcNow());
    }

    [Fact]
    public async Task Drain_Transient503_RetriedWithBackoffThenSentWithOneRequestPerAttempt()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        connector.Script("conv-user-1", ConnectorAnswer.ServiceUnavailable);
        var failedAt = time.GetUtcNow();

        var first = await host.Engine.RunOnceAsync(CancellationToken.None);
        var waiting = await host.Deliveries.GetAsync("user-1", Monday);
        time.Advance(TimeSpan.FromSeconds(1));
        var second = await host.Engine.DrainAsync(CancellationToken.None);

        Assert.Equal(1, first.Retried);
        // Attempt 1 waits half to all of the 100 ms base delay (jitter).
        Assert.InRange(waiting!.NextAttemptAt, failedAt + TimeSpan.FromSeconds(0.05), failedAt + TimeSpan.FromSeconds(0.1));
        Assert.Equal("HTTP 503 ServiceUnavailable", waiting.LastError);
        Assert.Equal(1, second.Sent);
        // Exactly two requests: the Bot Connector client adds no retries of its own under the engine's.
        Assert.Equal([503, 200], connector.Requests.Select(r => r.Status));
        var sent = await host.Deliveries.GetAsync("user-1", Monday);
        Assert.Equal(DeliveryStatus.Sent, sent!.Status);
        Assert.Equal(2, sent.Attempts);
    }

    [Fact]
    public async Task Drain_503OnEveryAttempt_MarksFailedWithReasonAfterMaxAttempts()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        connector.Script("conv-user-1", ConnectorAnswer.ServiceUnavailable, ConnectorAnswer.ServiceUnavailable, ConnectorAnswer.ServiceUnavailable);

        await host.Engine.RunOnceAsync(CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await host.Engine.DrainAsync(CancellationToken.None);
        }

        Assert.Equal([503, 503, 503], connector.Requests.Select(r => r.Status));
        var failed = await host.Deliveries.GetAsync("user-1", Monday);
        Assert.Equal(DeliveryStatus.Failed, failed!.Status);
        Assert.Equal("HTTP 503 ServiceUnavailable", failed.LastError);
    }

    [Fact]
    public async Task Drain_403MessageWritesBlocked_MarksUserUnreachableAndStopsTheirDeliveries()
    {
        await host.SubscribeAsync("blocked", connector.ServiceUrl);
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        connector.Script("conv-blocked", ConnectorAnswer.MessageWritesBlocked);

        var monday = await host.Engine.RunOnceAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromDays(1));
        var tuesday = await host.Engine.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, monday.Unreachable);
        Assert.Equal(1, monday.Sent);
        Assert.Equal(DeliveryStatus.Unreachable, (await host.Deliveries.GetAsync("blocked", Monday))!.Status);
        var subscription = await host.Subscriptions.GetAsync("blocked");
        Assert.True(subscription!.Unreachable);
        Assert.Equal("MessageWritesBlocked", subscription.UnreachableReason);
        Assert.Equal(1, tuesday.Sent);
        Assert.Null(await host.Deliveries.GetAsync("blocked", Monday.AddDays(1)));
        Assert.Single(connector.Requests, r => r.ConversationId == "conv-blocked");
    }

    [Fact]
    public async Task Drain_ManyUsersWithMixedAnswers_RecordsEveryOutcomeAndLosesNone()
    {
        var users = Enumerable.Range(1, 30).Select(i => $"user-{i:00}").ToList();
        foreach (var user in users)
        {
            await host.SubscribeAsync(user, connector.ServiceUrl);
        }

        connector.Script("conv-user-05", ConnectorAnswer.ServiceUnavailable);
        connector.Script("conv-user-10", ConnectorAnswer.TooManyRequests(2));
        connector.Script("conv-user-20", ConnectorAnswer.MessageWritesBlocked);

        await host.Engine.RunOnceAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));
        await host.Engine.DrainAsync(CancellationToken.None);

        var status = await host.Deliveries.GetStatusAsync(Monday);
        Assert.Equal((30, 29, 0, 0, 1), (status.Due, status.Sent, status.Pending, status.Failed, status.Unreachable));
        Assert.Equal(["user-20"], status.UnreachableUserIds);
        var delivered = connector.Requests.Where(r => r.Status == 200).Select(r => r.ConversationId).ToList();
        Assert.Equal(29, delivered.Distinct().Count());
        Assert.Equal(29, delivered.Count);
    }
}
