namespace EthicsBot.Host.Daily.Delivery;

using EthicsBot.Content.Catalog;
using EthicsBot.Domain.Daily;
using EthicsBot.Persistence.Daily;
using Microsoft.Extensions.Options;

/// <summary>
/// Decides, just before a user's daily card is sent, whether they left the previous workdays' cards unanswered
/// long enough to be paused instead.
/// </summary>
internal sealed class AutoPausePolicy(IDeliveryStore deliveries, IContentCatalogProvider content, IOptions<DailyOptions> options)
{
    /// <summary>Recorded as the session of the day whose card was replaced by the auto-pause notice.</summary>
    public const string NoticeSessionId = "auto-paused";

    private readonly int threshold = options.Value.AutoPauseAfterUnansweredWorkdays;

    public async Task<bool> ShouldPauseAsync(string userId, DateOnly today, CancellationToken cancellationToken)
    {
        // One indexed count settles almost every user: it can only overstate the run below, never understate it.
        var unansweredSinceLastAnswer = await deliveries.CountConsecutiveUnansweredAsync(userId, cancellationToken);
        if (!DailyRules.ShouldAutoPause(unansweredSinceLastAnswer, threshold))
        {
            return false;
        }

        // Walk back over workdays. A workday without a card (the user was paused, or not yet enrolled), an answered
        // card or an earlier auto-pause notice ends the run, so a user who resumes starts from zero. Days whose
        // send failed neither count nor end it: the user never saw those cards.
        var calendar = content.Current.Calendar;
        var run = 0;
        var day = today;
        for (var looked = 0; looked < threshold * 3 && run < threshold; looked++)
        {
            day = calendar.PreviousWorkday(day);
            var delivery = await deliveries.GetAsync(userId, day, cancellationToken);
            if (delivery is null || delivery.AnsweredAt is not null || delivery.SessionId == NoticeSessionId)
            {
                break;
            }

            if (delivery.Status == DeliveryStatus.Sent)
            {
                run++;
            }
        }

        return DailyRules.ShouldAutoPause(run, threshold);
    }
}
