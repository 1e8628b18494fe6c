namespace EthicsBot.Host.Daily.Delivery;

using EthicsBot.Dialogs.Daily;
using EthicsBot.Domain.Daily;
using EthicsBot.Host.Daily.Sending;
using EthicsBot.Host.Daily.Throttling;
using EthicsBot.Persistence.Daily;
using Microsoft.Extensions.Options;

/// <summary>Sends one claimed delivery (the day's card, or the auto-pause notice in its place) and records the outcome.</summary>
internal sealed class DeliveryProcessor(
    IConversationReferenceStore references,
    IDailySubscriptionStore subscriptions,
    IDeliveryStore deliveries,
    DailyComposerSource composers,
    AutoPausePolicy autoPause,
    OutcomeWriter writes,
    ProactiveSender sender,
    DeliveryThrottle throttle,
    IOptions<DailyOptions> options,
    IOptions<DailyQuizOptions> schedule,
    TimeProvider timeProvider,
    Random random,
    ILogger<DeliveryProcessor> logger)
{
    private readonly DailyOptions options = options.Value;
    private readonly TimeOnly defaultTime = schedule.Value.DefaultTime;

    public async Task<DeliveryResult> ProcessAsync(DeliveryRecord delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var composer = composers.Composer ?? throw new InvalidOperationException("No IDailyQuizComposer is registered.");
        var reference = await references.GetAsync(delivery.UserId, cancellationToken);
        if (reference is null)
        {
            // The user deleted their data between scheduling and sending.
            return await RecordAsync(delivery, null, SendResult.Failed("no conversation reference"), pause: false);
        }

        var pause = await autoPause.ShouldPauseAsync(delivery.UserId, delivery.LocalDate, cancellationToken);
        var result = await sender.SendAsync(
            reference,
            pause
                ? async (_, token) => new ComposedMessage(await composer.ComposeAutoPausedAsync(delivery.UserId, token), AutoPausePolicy.NoticeSessionId)
                : async (_, token) => await composer.ComposeDailyAsync(delivery.UserId, delivery.LocalDate, token) is { } daily
                    ? new ComposedMessage(daily.Activity, daily.SessionId)
                    : null,
            token => throttle.AcquireAsync(reference.TenantId, reference.ConversationId, token),
            cancellationToken);

        return await RecordAsync(delivery, reference.TenantId, result, pause);
    }

    // Recording is not cancelled with the worker: a card that went out must be marked, or it is sent again. All writes go
    // through the outcome writer, which batches the "sent" marks.
    private async Task<DeliveryResult> RecordAsync(DeliveryRecord delivery, string? tenantId, SendResult result, bool pause)
    {
        DeliveryResult recorded;
        if (result.Outcome == SendOutcome.Sent)
        {
            throttle.ReportSuccess(tenantId);
            await writes.MarkSentAsync(delivery, result.SessionId ?? string.Empty);
            recorded = new DeliveryResult(SendOutcome.Sent);
        }
        else
        {
            if (result.Unavailable)
            {
                // Before the write: the freed slot is worth most while the other senders still wait for theirs.
                throttle.ReportUncounted(tenantId);
            }

            recorded = await writes.RunAsync(() => RecordFailureAsync(delivery, tenantId, result));
        }

        // A notice that failed for good still pauses: the user stopped answering either way.
        if (pause && recorded.Outcome is SendOutcome.Sent or SendOutcome.Failed)
        {
            await writes.RunAsync(() => PauseAsync(delivery.UserId));
        }

        return recorded;
    }

    private async Task<DeliveryResult> RecordFailureAsync(DeliveryRecord delivery, string? tenantId, SendResult result)
    {
        var now = timeProvider.GetUtcNow();
        switch (result.Outcome)
        {
            case SendOutcome.Retry:
                return await RetryAsync(delivery, tenantId, result, now);
            case SendOutcome.Unreachable:
                await deliveries.MarkUnreachableAsync(delivery.UserId, delivery.LocalDate, result.Reason!, CancellationToken.None);
                await subscriptions.MarkUnreachableAsync(delivery.UserId, result.Reason!, now, CancellationToken.None);
                DailyLog.Unreachable(logger, delivery.UserId, result.Reason);
                return new DeliveryResult(SendOutcome.Unreachable);
            default:
                await deliveries.MarkFailedAsync(delivery.UserId, delivery.LocalDate, result.Reason!, retryable: false, now, CancellationToken.None);
                DailyLog.Failed(logger, delivery.UserId, delivery.LocalDate, delivery.Attempts, result.Reason);
                return new DeliveryResult(SendOutcome.Failed);
        }
    }

    private async Task<DeliveryResult> RetryAsync(DeliveryRecord delivery, string? tenantId, SendResult result, DateTimeOffset now)
    {
        if (result.Throttled && throttle.ReportThrottled(tenantId, result.RetryAfter) is { } pausedUntil)
        {
            DailyLog.TenantPaused(logger, tenantId, pausedUntil);
        }

        var retryAt = now + RetryBackoff.Delay(delivery.Attempts, options.RetryBaseDelay, options.RetryMaxDelay, result.RetryAfter, random);
        var status = await deliveries.MarkFailedAsync(
            delivery.UserId, delivery.LocalDate, result.Reason!, retryable: delivery.Attempts < options.MaxAttempts, retryAt, CancellationToken.None);
        if (status == DeliveryStatus.Pending)
        {
            DailyLog.Retrying(logger, delivery.UserId, delivery.LocalDate, delivery.Attempts, result.Reason, retryAt);
            return new DeliveryResult(SendOutcome.Retry, retryAt);
        }

        DailyLog.Failed(logger, delivery.UserId, delivery.LocalDate, delivery.Attempts, result.Reason);
        return new DeliveryResult(SendOutcome.Failed);
    }

    private async Task<bool> PauseAsync(string userId)
    {
        var saved = await subscriptions.GetAsync(userId, CancellationToken.None);
        var settings = saved?.Settings ?? new DailySettings { DeliverAt = defaultTime };
        await subscriptions.UpsertAsync(userId, DailyRules.AutoPause(settings), CancellationToken.None);
        DailyLog.AutoPaused(logger, userId, options.AutoPauseAfterUnansweredWorkdays);
        return true;
    }
}
