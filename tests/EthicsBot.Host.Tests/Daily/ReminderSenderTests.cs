namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Domain.Daily;
using EthicsBot.Host.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

public sealed class ReminderSenderTests : IAsyncLifetime
{
    private static readonly DateOnly Monday = DailyTestHost.Monday;
    private readonly FakeTimeProvider time = new(DailyTestHost.MondayMorning + TimeSpan.FromMinutes(30));
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

    private IEnumerable<string?> Texts => connector.Activities.Select(a => (string?)a["text"]);

    [Fact]
    public async Task RunOnce_CardUnansweredAfterDelay_SendsExactlyOneReminder()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        await host.Engine.RunOnceAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromHours(3) - TimeSpan.FromMinutes(1));
        await host.Engine.RunOnceAsync(CancellationToken.None); // 10:59, one minute early
        var beforeDelay = Texts.ToList();
        time.Advance(TimeSpan.FromMinutes(1));
        await host.Engine.RunOnceAsync(CancellationToken.None); // 11:00
        time.Advance(TimeSpan.FromHours(1));
        await host.Engine.RunOnceAsync(CancellationToken.None); // 12:00

        Assert.Equal([TestDailyComposer.DailyText("user-1", Monday)], beforeDelay);
        Assert.Equal([TestDailyComposer.DailyText("user-1", Monday), TestDailyComposer.ReminderText("user-1", Monday)], Texts);
        Assert.Equal(1, (await host.Deliveries.GetStatusAsync(Monday)).Reminded);
    }

    [Fact]
    public async Task RunOnce_CardAnsweredBeforeDelay_SendsNoReminder()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        await host.Engine.RunOnceAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromHours(1));
        await host.Deliveries.MarkSessionAnsweredAsync(TestDailyComposer.SessionId("user-1", Monday), time.GetUtcNow());

        time.Advance(TimeSpan.FromHours(2));
        await host.Engine.RunOnceAsync(CancellationToken.None);

        Assert.Equal([TestDailyComposer.DailyText("user-1", Monday)], Texts);
    }

    [Fact]
    public async Task RunOnce_ReminderWouldFallAfterOfficeHours_SendsNoReminder()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl, new DailySettings { DeliverAt = new TimeOnly(14, 30) });
        time.Advance(TimeSpan.FromHours(6.5)); // 14:30
        await host.Engine.RunOnceAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromHours(3)); // 17:30: the reminder time is past office hours
        await host.Engine.RunOnceAsync(CancellationToken.None);

        Assert.Equal([TestDailyComposer.DailyText("user-1", Monday)], Texts);
    }
}
