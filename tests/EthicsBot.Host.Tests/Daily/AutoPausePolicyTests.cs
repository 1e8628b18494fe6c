namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Host.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

public sealed class AutoPausePolicyTests : IAsyncLifetime
{
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

    [Fact]
    public async Task RunOnce_FiveUnansweredWorkdays_PausesUserAndSendsNoticeInsteadOfSixthCard()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);

        // Monday 7 to Tuesday 15 December at 08:00: five workdays, a weekend, then the sixth and seventh workdays.
        var texts = new List<List<string>>();
        for (var day = 0; day < 9; day++)
        {
            var before = connector.Activities.Count;
            await host.Engine.RunOnceAsync(CancellationToken.None);
            texts.Add([.. connector.Activities.Skip(before).Select(a => (string)a["text"]!)]);
            time.Advance(TimeSpan.FromDays(1));
        }

        var monday14 = new DateOnly(2026, 12, 14);
        Assert.All(texts.Take(5), (sent, i) => Assert.Equal([TestDailyComposer.DailyText("user-1", DailyTestHost.Monday.AddDays(i))], sent));
        Assert.Empty(texts[5]); // Saturday
        Assert.Empty(texts[6]); // Sunday
        Assert.Equal([TestDailyComposer.PausedText("user-1")], texts[7]);
        Assert.Empty(texts[8]);
        var subscription = await host.Subscriptions.GetAsync("user-1");
        Assert.True(subscription!.Settings.AutoPaused);
        Assert.Equal("auto-paused", (await host.Deliveries.GetAsync("user-1", monday14))!.SessionId);
    }

    [Fact]
    public async Task RunOnce_AnswerInTheMiddleOfTheRun_DoesNotPause()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        for (var day = 0; day < 7; day++)
        {
            await host.Engine.RunOnceAsync(CancellationToken.None);
            if (day == 2)
            {
                await host.Deliveries.MarkAnsweredAsync("user-1", DailyTestHost.Monday.AddDays(day), time.GetUtcNow());
            }

            time.Advance(TimeSpan.FromDays(1));
        }

        await host.Engine.RunOnceAsync(CancellationToken.None); // Monday 14: only Thursday and Friday are unanswered

        Assert.Equal(TestDailyComposer.DailyText("user-1", new DateOnly(2026, 12, 14)), (string?)connector.Activities[^1]["text"]);
        Assert.False((await host.Subscriptions.GetAsync("user-1"))?.Settings.AutoPaused ?? false);
    }

    [Fact]
    public async Task RunOnce_ResumedAfterAutoPause_StartsCountingFromZero()
    {
        await host.SubscribeAsync("user-1", connector.ServiceUrl);
        for (var day = 0; day < 8; day++)
        {
            await host.Engine.RunOnceAsync(CancellationToken.None); // ends with the notice on Monday 14
            time.Advance(TimeSpan.FromDays(1));
        }

        var paused = (await host.Subscriptions.GetAsync("user-1"))!.Settings;
        await host.Subscriptions.UpsertAsync("user-1", EthicsBot.Domain.Daily.DailyRules.Resume(paused));
        await host.Engine.RunOnceAsync(CancellationToken.None); // Tuesday 15 December

        Assert.Equal(TestDailyComposer.DailyText("user-1", new DateOnly(2026, 12, 15)), (string?)connector.Activities[^1]["text"]);
    }
}
