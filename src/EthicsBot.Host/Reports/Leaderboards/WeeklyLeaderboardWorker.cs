namespace EthicsBot.Host.Reports.Leaderboards;

using EthicsBot.Host.Daily;
using Microsoft.Extensions.Options;

/// <summary>
/// Checks every few minutes whether the weekly card is due. Runs only where the daily worker runs
/// (Daily:WorkerEnabled), so the instances that send pushes are the ones that post to channels.
/// </summary>
internal sealed class WeeklyLeaderboardWorker(
    WeeklyLeaderboardPoster poster, IOptions<DailyOptions> options, TimeProvider time, ILogger<WeeklyLeaderboardWorker> logger) : BackgroundService
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
                await poster.RunOnceAsync(stoppingToken);
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
