namespace EthicsBot.Dialogs.Privacy;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Calendar;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Units;
using EthicsBot.Persistence.Users;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>"My data" and "delete my data": a user can see and erase what the bot keeps about them.</summary>
public sealed class PrivacyFlow(
    IUserStore users,
    IQuizStore quizzes,
    IDailySubscriptionStore subscriptions,
    IUnitStore units,
    IContentCatalogProvider catalogs,
    IOptions<DailyQuizOptions> dailyOptions,
    TimeProvider time,
    ILogger<PrivacyFlow> logger)
{
    /// <summary>How long a typed "confirm delete" stays valid after the request; the card's button has no limit.</summary>
    public static readonly TimeSpan TypedConfirmationWindow = TimeSpan.FromMinutes(10);

    public async Task<TurnOutcome> ShowAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var zone = TimeZones.Resolve(TimeZones.VietnamId);
        var answers = await quizzes.GetUserAnswersAsync(input.UserId, cancellationToken);
        var last = answers.Count == 0 ? (DateOnly?)null : TimeZones.LocalDate(answers.Max(a => a.AnsweredAt), zone);
        var settings = DailySettingsFlow.Effective(await subscriptions.GetAsync(input.UserId, cancellationToken), dailyOptions.Value);
        var today = TimeZones.LocalDate(time.GetUtcNow(), zone);
        var daily = $"{DailySettingsCard.Status(input.Strings, settings, today)}, {UiStrings.Clock(settings.DeliverAt)}";
        // The unit as a path people read, from the dated membership in force today.
        var directory = catalogs.Current.Units;
        var unitId = (await units.GetAsync(input.UserId, today, cancellationToken))?.UnitId ?? input.Profile.Unit;
        var profile = input.Profile with { Unit = unitId is null ? null : directory.Find(unitId) is null ? unitId : directory.PathText(unitId) };
        var card = MyDataCard.Build(input.Strings, profile, TimeZones.LocalDate(input.Profile.CreatedAt, zone), answers.Count, last, daily);
        return TurnOutcome.Send(input.State, card);
    }

    public TurnOutcome RequestDelete(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TurnOutcome.Send(input.State with { DeleteRequestedAt = time.GetUtcNow() }, DeleteConfirmCard.Build(input.Strings));
    }

    public async Task<TurnOutcome> ConfirmAsync(TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var requested = input.State.DeleteRequestedAt;
        var typedInTime = requested is { } at && time.GetUtcNow() - at <= TypedConfirmationWindow;
        if (!input.IsCardAction && !typedInTime)
        {
            return TurnOutcome.Replace(input.State with { DeleteRequestedAt = null }, NoticeCard.Build(input.Strings.NothingToConfirm));
        }

        var found = await users.DeleteAllAsync(input.UserId, cancellationToken);
        Log.UserDataDeleted(logger, input.UserId, found, input.ActivityId);
        return new TurnOutcome
        {
            State = new ConversationData(),
            Replacement = NoticeCard.Build(input.Strings.DeleteDone, TextStyle.Good),
            StateDeleted = true,
        };
    }

    public static TurnOutcome Cancel(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TurnOutcome.Replace(input.State with { DeleteRequestedAt = null }, NoticeCard.Build(input.Strings.DeleteCancelled));
    }
}
