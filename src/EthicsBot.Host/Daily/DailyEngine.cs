namespace EthicsBot.Host.Daily;

using EthicsBot.Domain.Daily;
using EthicsBot.Host.Daily.Delivery;
using EthicsBot.Host.Daily.Election;
using EthicsBot.Host.Daily.Reminders;
using EthicsBot.Host.Daily.Scheduling;

/// <summary>
/// The daily push in three steps, driven by <see cref="DailyWorker"/> (and by tests, step by step): create the
/// rows that became due, send every claimable row, then send the reminders that are due.
/// </summary>
internal sealed class DailyEngine(
    DeliveryScheduler scheduler,
    DeliveryDispatcher dispatcher,
    ReminderSender reminders,
    DailyComposerSource composers,
    SenderLease sender,
    ILogger<DailyEngine> logger) : IDisposable
{
    // Two drains in one process would only compete for the same rate budget.
    private readonly SemaphoreSlim drainGate = new(1, 1);
    private IReadOnlyDictionary<string, DailySettings>? subscribers;

    /// <summary>False until the dialogs layer registers an IDailyQuizComposer.</summary>
    public bool CanSend => composers.Composer is not null;

    public DateOnly Today() => scheduler.Today();

    /// <inheritdoc cref="DeliveryScheduler.ScheduleAsync"/>
    public async Task<ScheduleResult> ScheduleAsync(bool all, CancellationToken cancellationToken)
    {
        var result = await scheduler.ScheduleAsync(all, cancellationToken);
        Volatile.Write(ref subscribers, result.Subscribers);
        DailyLog.Scheduled(logger, all, result.Subscribers.Count, result.Due, result.Queued);
        return result;
    }

    public async Task<DrainResult> DrainAsync(CancellationToken cancellationToken)
    {
        await drainGate.WaitAsync(cancellationToken);
        try
        {
            // Only the instance holding the sender role sends: the tenant's rate limit is for the whole deployment.
            return await sender.TryHoldAsync(cancellationToken)
                ? await dispatcher.DrainAsync(cancellationToken)
                : DrainResult.Nothing;
        }
        finally
        {
            drainGate.Release();
        }
    }

    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        if (!await sender.TryHoldAsync(cancellationToken))
        {
            return 0; // Reminders are sends too, so they share the sender's rate budget.
        }

        var current = Volatile.Read(ref subscribers) ?? (await ScheduleAsync(all: false, cancellationToken)).Subscribers;
        return await reminders.RemindAsync(current, cancellationToken);
    }

    /// <summary>One full pass: schedule, drain, remind.</summary>
    public async Task<DrainResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        await ScheduleAsync(all: false, cancellationToken);
        var drained = await DrainAsync(cancellationToken);
        await RemindAsync(cancellationToken);
        return drained;
    }

    public void Dispose() => drainGate.Dispose();
}
