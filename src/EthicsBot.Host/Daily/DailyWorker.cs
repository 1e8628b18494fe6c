namespace EthicsBot.Host.Daily;

using EthicsBot.Host.Daily.Election;
using Microsoft.Extensions.Options;

/// <summary>
/// Runs the daily engine: a schedule and reminder pass every <see cref="DailyOptions.WorkerInterval"/>, and a drain
/// whenever rows may be claimable (after a pass, when a retry falls due, on an admin run, and every
/// <see cref="DailyOptions.ClaimPollInterval"/> to take over leases a crashed instance left behind). Of several
/// instances only the one holding the <see cref="SenderLease"/> does this; the others ask for the role every
/// ClaimPollInterval and take it over when its holder stops renewing.
/// </summary>
internal sealed class DailyWorker(
    DailyEngine engine,
    DeliverySignal signal,
    SenderLease sender,
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

        var renewing = sender.KeepRenewingAsync(stoppingToken);
        try
        {
            await RunAsync(stoppingToken);
        }
        finally
        {
            await renewing;
            await ReleaseAsync();
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var nextPass = timeProvider.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? retryAt = null;
            var sending = false;
            try
            {
                sending = await sender.TryHoldAsync(stoppingToken);
                var fullPass = sending && timeProvider.GetUtcNow() >= nextPass;
                if (fullPass)
                {
                    nextPass = timeProvider.GetUtcNow() + options.WorkerInterval;
                    await engine.ScheduleAsync(all: false, stoppingToken);
                }

                if (sending)
                {
                    retryAt = (await engine.DrainAsync(stoppingToken)).NextRetryAt;
                }

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
            var wake = sending ? Earliest(nextPass, now + options.ClaimPollInterval, retryAt) : now + options.ClaimPollInterval;
            await signal.WaitAsync(wake - now, stoppingToken);
        }
    }

    private async Task ReleaseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await sender.ReleaseAsync(timeout.Token);
        }
        catch (Exception ex)
        {
            // Shutting down without a database: the lease runs out by itself.
            DailyLog.PassFailed(logger, ex);
        }
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b, DateTimeOffset? c)
    {
        var earliest = a < b ? a : b;
        return c is { } retry && retry < earliest ? retry : earliest;
    }
}
