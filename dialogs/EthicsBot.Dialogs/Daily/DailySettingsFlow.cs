namespace EthicsBot.Dialogs.Daily;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Domain.Daily;
using EthicsBot.Persistence.Daily;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>"nhắc hằng ngày" / "daily": shows the daily-quiz settings and changes them (on, off, time, pause, resume).</summary>
public sealed class DailySettingsFlow(
    IDailySubscriptionStore subscriptions, IOptions<DailyQuizOptions> options, TimeProvider time, ILogger<DailySettingsFlow> logger)
{
    /// <summary>Earliest delivery time a user may choose; before it nobody is at the office to answer.</summary>
    public static readonly TimeOnly EarliestTime = new(6, 0);

    public async Task<TurnOutcome> HandleAsync(TurnInput input, DailyCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(command);
        var strings = input.Strings;
        var config = options.Value;
        var settings = Effective(await subscriptions.GetAsync(input.UserId, cancellationToken), config);
        var now = time.GetUtcNow();
        DailySettings? changed = null;
        string? notice = null;
        switch (command.Action)
        {
            case DailyAction.On:
                (changed, notice) = (settings with { Enabled = true }, strings.DailyTurnedOn);
                break;
            case DailyAction.Off:
                (changed, notice) = (settings with { Enabled = false }, strings.DailyTurnedOff);
                break;
            case DailyAction.Resume:
                (changed, notice) = (DailyRules.Resume(settings), strings.DailyResumed);
                break;
            case DailyAction.SetTime when command.Time is { } at && at >= EarliestTime && at < config.OfficeHoursEnd:
                (changed, notice) = (settings with { DeliverAt = at }, strings.DailyTimeSet(at));
                break;
            case DailyAction.SetTime:
                notice = strings.DailyTimeOutOfHours(EarliestTime, config.OfficeHoursEnd);
                break;
            case DailyAction.Pause when command.Days is >= 1 and <= DailyRules.MaxPauseDays:
                changed = DailyRules.Pause(settings, command.Days.Value, now);
                notice = strings.DailyPaused(changed.PausedUntil!.Value);
                break;
            case DailyAction.Pause:
                notice = strings.DailyPauseRange(DailyRules.MaxPauseDays);
                break;
            default:
                notice = command.Invalid ? strings.DailyInvalid : null;
                break;
        }

        if (changed is not null)
        {
            await subscriptions.UpsertAsync(input.UserId, changed, cancellationToken);
            Log.DailySettingsChanged(logger, input.UserId, command.Action, input.ActivityId);
            settings = changed;
        }

        var style = changed is not null ? TextStyle.Good : TextStyle.Warning;
        var card = DailySettingsCard.Build(strings, settings, DailyRules.LocalDate(settings, now), config.QuestionsPerDay, notice, style);
        return TurnOutcome.Send(input.State, card);
    }

    /// <summary>Stored settings, or for a user who never saved any, the defaults the delivery engine applies.</summary>
    public static DailySettings Effective(DailySubscription? subscription, DailyQuizOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DailySubscription.Effective(subscription, options.EnrolOnInstall, options.DefaultTime);
    }
}
