namespace EthicsBot.Host.Daily.Reminders;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Daily;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Daily;
using EthicsBot.Host.Daily.Delivery;
using EthicsBot.Host.Daily.Sending;
using EthicsBot.Host.Daily.Throttling;
using EthicsBot.Persistence.Daily;
using Microsoft.Extensions.Options;

/// <summary>
/// Sends the one reminder for a card still unanswered <see cref="DailyOptions.ReminderDelay"/> after its time, and
/// only during office hours. Reminders are at-most-once: the row is marked before sending, because a missed nudge
/// costs less than a doubled one.
/// </summary>
internal sealed class ReminderSender(
    IDeliveryStore deliveries,
    IConversationReferenceStore references,
    IDailySubscriptionStore subscriptions,
    DailyComposerSource composers,
    ProactiveSender sender,
    DeliveryThrottle throttle,
    IContentCatalogProvider content,
    IOptions<DailyOptions> options,
    IOptions<DailyQuizOptions> schedule,
    TimeProvider timeProvider,
    ILogger<ReminderSender> logger)
{
    private readonly DailyOptions options = options.Value;
    private readonly TimeOnly officeHoursEnd = schedule.Value.OfficeHoursEnd;

    /// <param name="subscribers">Effective settings of the enabled subscribers, from the latest schedule pass.</param>
    public async Task<int> RemindAsync(IReadOnlyDictionary<string, DailySettings> subscribers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        var now = timeProvider.GetUtcNow();
        var calendar = content.Current.Calendar;
        // Only dates where some reminder can be due now: a workday, after the zone's earliest delivery plus the delay,
        // before office hours end. Everywhere else (nights, weekends) the pass reads nothing.
        var dates = subscribers.Values
            .GroupBy(s => s.TimeZone, StringComparer.Ordinal)
            .Select(zone => (Local: TimeZoneInfo.ConvertTime(now, TimeZones.Resolve(zone.Key)), Earliest: zone.Min(s => s.DeliverAt)))
            .Where(z => calendar.IsWorkday(DateOnly.FromDateTime(z.Local.DateTime))
                && TimeOnly.FromDateTime(z.Local.DateTime) is var time
                && time >= z.Earliest.Add(options.ReminderDelay) && time < officeHoursEnd)
            .Select(z => DateOnly.FromDateTime(z.Local.DateTime))
            .Distinct();

        var due = new List<DeliveryRecord>();
        foreach (var date in dates)
        {
            await foreach (var delivery in deliveries.ListAwaitingReminderAsync(date, cancellationToken))
            {
                if (subscribers.TryGetValue(delivery.UserId, out var settings) && IsDue(delivery, settings, calendar, now))
                {
                    due.Add(delivery);
                }
            }
        }

        var sent = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrency, CancellationToken = cancellationToken },
            async (delivery, token) =>
            {
                if (await RemindAsync(delivery, now, token))
                {
                    Interlocked.Increment(ref sent);
                }
            });
        if (due.Count > 0)
        {
            DailyLog.Reminded(logger, due.Count, sent);
        }

        return sent;
    }

    private bool IsDue(DeliveryRecord delivery, DailySettings settings, WorkCalendar calendar, DateTimeOffset now)
    {
        if (delivery.SessionId is null || delivery.SessionId == AutoPausePolicy.NoticeSessionId || delivery.SentAt is not { } sentAt
            || DailyRules.LocalDate(settings, now) != delivery.LocalDate)
        {
            return false;
        }

        // Null when the reminder would fall after office hours or today is not a delivery day.
        if (DailyRules.ReminderDueAt(settings, calendar, now, options.ReminderDelay, officeHoursEnd) is not { } dueAt)
        {
            return false;
        }

        // A card sent late (a catch-up or an admin run) still gets the full delay before its reminder.
        var remindAt = sentAt + options.ReminderDelay > dueAt ? sentAt + options.ReminderDelay : dueAt;
        var closing = TimeZones.ToInstant(delivery.LocalDate, officeHoursEnd, DailyRules.TimeZoneOf(settings));
        return now >= remindAt && now < closing;
    }

    private async Task<bool> RemindAsync(DeliveryRecord delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var composer = composers.Composer ?? throw new InvalidOperationException("No IDailyQuizComposer is registered.");
        var reference = await references.GetAsync(delivery.UserId, cancellationToken);
        if (reference is null || !await deliveries.MarkReminderSentAsync(delivery.UserId, delivery.LocalDate, now, cancellationToken))
        {
            return false; // The user deleted their data, or another instance took this reminder.
        }

        var result = await sender.SendAsync(
            reference,
            async (_, token) => await composer.ComposeReminderAsync(delivery.UserId, delivery.LocalDate, delivery.SessionId!, token) is { } activity
                ? new ComposedMessage(activity, delivery.SessionId)
                : null,
            token => throttle.AcquireAsync(reference.TenantId, reference.ConversationId, token),
            cancellationToken);
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                throttle.ReportSuccess(reference.TenantId);
                return true;
            case SendOutcome.NothingToSend:
                return false; // Answered in the meantime.
            case SendOutcome.Unreachable:
                await subscriptions.MarkUnreachableAsync(delivery.UserId, result.Reason!, timeProvider.GetUtcNow(), CancellationToken.None);
                DailyLog.Unreachable(logger, delivery.UserId, result.Reason);
                return false;
            default:
                if (result.Throttled && throttle.ReportThrottled(reference.TenantId, result.RetryAfter) is { } pausedUntil)
                {
                    DailyLog.TenantPaused(logger, reference.TenantId, pausedUntil);
                }

                DailyLog.ReminderFailed(logger, delivery.UserId, delivery.LocalDate, result.Reason);
                return false;
        }
    }
}
