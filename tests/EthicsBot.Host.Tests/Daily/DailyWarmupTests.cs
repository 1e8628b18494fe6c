namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Dialogs.Daily;
using EthicsBot.Host.Daily;
using EthicsBot.Host.Daily.Delivery;
using EthicsBot.Persistence.Daily;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

public sealed class DailyWarmupTests
{
    private readonly FakeTimeProvider time = new(DailyTestHost.MondayMorning);

    [Fact]
    public async Task Start_HostWithComposer_BuildsOneSampleBeforeServing()
    {
        await using var host = DailyTestHost.Start(time);

        var composer = (TestDailyComposer)host.Services.GetRequiredService<IDailyQuizComposer>();

        Assert.Equal(1, composer.Samples);
    }

    [Fact]
    public async Task StartAsync_SampleThrows_DoesNotStopTheBot()
    {
        var composer = new TestDailyComposer { SampleFailure = new InvalidOperationException("broken bank") };
        await using var host = DailyTestHost.Start(time);
        var warmup = new DailyWarmup(
            new DailyComposerSource([composer]),
            host.Services.GetRequiredService<IConversationReferenceStore>(),
            NullLogger<DailyWarmup>.Instance);

        await warmup.StartAsync(CancellationToken.None);

        Assert.Equal(1, composer.Samples);
    }
}
