namespace EthicsBot.Host.Daily;

using Microsoft.Extensions.Options;

/// <summary>
/// Runs the daily engine: a schedule and reminder pass every <see cref="DailyOptions.WorkerInterval"/>, and a drain
/// whenever rows may be claimable (after a pass, when a retry falls due, on an admin run, and every
/// <see cref="DailyOptions.ClaimPollInterval"/> to take over leases a crashed instance left behind).
/// </summary>
internal sealed class DailyWorker(
    DailyEngine engine,
    DeliverySignal signal,
    IOptions<DailyOptions> options,
    TimeProvider timeProvider,
    ILogger<DailyWorker> logger) : BackgroundService
{
    private readonly DailyOptions options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!options.WorkerEnabled)
        {
            DailyLog.WorkerDisabled(logger);
            return;
        }

        if (!engine.CanSend)
        {
            DailyLog.ComposerMissing(logger);
            return;
        }

        var nextPass = timeProvider.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? retryAt = null;
            try
            {
                var fullPass = timeProvider.GetUtcNow() >= nextPass;
                if (fullPass)
                {
                    nextPass = timeProvider.GetUtcNow() + options.WorkerInterval;
                    await engine.ScheduleAsync(all: false, stoppingToken);
                }

                retryAt = (await engine.DrainAsync(stoppingToken)).NextRetryAt;
                if (fullPass)
                {
                    await engine.RemindAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Usually the database is unreachable; claims and leases make the next pass pick up where this stopped.
                DailyLog.PassFailed(logger, ex);
            }

            var now = timeProvider.GetUtcNow();
            var wake = Earliest(nextPass, now + options.ClaimPollInterval, retryAt);
            await signal.WaitAsync(wake - now, stoppingToken);
        }
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b, DateTimeOffset? c)
    {
        var earliest = a < b ? a : b;
        return c is { } retry && retry < earliest ? retry : earliest;
    }
}
