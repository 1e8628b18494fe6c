namespace EthicsBot.Host.Admin.Feedback;

using EthicsBot.Dialogs.Feedback;

/// <summary>
/// Applies the quarantine from the database at start-up and once a minute, so an instance also picks up reports and
/// clearings made through another instance. The instance that records a report or a clearing applies it at once.
/// </summary>
internal sealed class FeedbackQuarantineRefresher(FeedbackQuarantine quarantine, TimeProvider time, ILogger<FeedbackQuarantineRefresher> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await quarantine.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                AdminLog.QuarantineRefreshFailed(logger, ex);
            }

            await Task.Delay(Interval, time, stoppingToken);
        }
    }
}
