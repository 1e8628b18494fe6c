namespace EthicsBot.Host.Reports.Leaderboards;

using EthicsBot.Host.Daily;
using EthicsBot.Host.Daily.Election;
using Microsoft.Extensions.Options;

/// <summary>
/// Checks every few minutes whether the weekly card is due. Posts only from the instance holding the daily sender's
/// lease, so channel posts share that instance's per-tenant pacing with the daily push (the week's claim in the
/// database already keeps a second instance from posting twice).
/// </summary>
internal sealed class WeeklyLeaderboardWorker(
    WeeklyLeaderboardPoster poster, SenderLease sender, IOptions<DailyOptions> options, TimeProvider time, ILogger<WeeklyLeaderboardWorker> logger)
    : BackgroundService
{
    /// <summary>Short enough that 08:00 means 08:05 at worst; a pass that is not due reads no table.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!options.Value.WorkerEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (sender.IsHeld)
                {
                    await poster.RunOnceAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LeaderboardLog.PassFailed(logger, ex);
            }

            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
