namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Settings;
using EthicsBot.Dialogs.Storage;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Dialogs.Welcome;
using EthicsBot.Persistence.Users;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

/// <summary>
/// The one place that touches the Bot Framework turn: reads the activity, loads the user and the flow
/// state, hands a plain command to the dispatcher, and turns the outcome into messages or an invoke response.
/// </summary>
public sealed partial class TurnRouter(
    FlowStateStore flowStates,
    IUserTurnStore userTurns,
    UserProfiles profiles,
    ConversationReferences references,
    CommandDispatcher dispatcher,
    WelcomeFlow welcome,
    WelcomeClaims welcomes,
    ConversationGate gate,
    ILogger<TurnRouter> logger)
{
    public async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        // An Action.Submit arrives as a message whose Value is the button's data.
        var action = ButtonData.FromData(activity.Value as JToken);
        var text = action is null ? ActivityReader.TextWithoutBotMention(activity) : null;
        var command = action is null ? CommandParser.Parse(text) : CardActionParser.Parse(action);
        var input = await LoadAsync(turnContext, isCardAction: action is not null, cancellationToken);
        if (input is null)
        {
            return;
        }

        if (input.Locale != Domain.Locale.Vi && !input.Profile.LocaleChosen && LanguageHint.IsVietnamese(text))
        {
            var profile = await profiles.ChooseLocaleAsync(input.Profile, Domain.Locale.Vi, cancellationToken);
            input = input with { Profile = profile, Locale = Domain.Locale.Vi };
        }

        var outcome = await dispatcher.DispatchAsync(input with { MentionedNames = ActivityReader.MentionedNames(activity) }, command, cancellationToken);
        var replies = outcome.Replacement is null ? outcome.Cards : [outcome.Replacement, .. outcome.Cards];
        await SendAsync(turnContext, replies, cancellationToken);
        await SaveAsync(turnContext, outcome, cancellationToken);
        if (outcome.FollowUp is { } followUp)
        {
            await FollowUpSender.SendAsync(turnContext, followUp, logger, cancellationToken);
        }
    }

    /// <summary>
    /// Answers an Action.Execute. Always a 200 with a card, whatever happens: after one failed response Teams
    /// shows "Something went wrong" and stops calling the bot for that card.
    /// </summary>
    public async Task<AdaptiveCardInvokeResponse> OnCardActionAsync(
        ITurnContext turnContext, AdaptiveCardInvokeValue? invokeValue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        try
        {
            var input = await LoadAsync(turnContext, isCardAction: true, cancellationToken);
            var action = invokeValue?.Action is { Type: "Action.Execute" } execute
                ? ButtonData.FromData(execute.Data as JToken ?? (execute.Data is null ? null : JToken.FromObject(execute.Data)), execute.Verb)
                : null;
            if (input is null || action is null)
            {
                Log.UnreadableCardAction(logger, activity.From?.Id, activity.Conversation?.Id, activity.Id);
                var strings = UiStrings.For(input?.Locale ?? ActivityReader.Locale(activity));
                return CardResponse(NoticeCard.Build(strings.InvalidAnswer, TextStyle.Warning));
            }

            // An outcome's FollowUp is not run here: a card click gets its replacement at once and never waits for a model.
            var outcome = await dispatcher.DispatchAsync(input, CardActionParser.Parse(action), cancellationToken);
            var replacement = outcome.Replacement ?? outcome.Cards.FirstOrDefault() ?? NoticeCard.Build(input.Strings.UnknownHint);
            var messages = outcome.Replacement is null ? outcome.Cards.Skip(1) : outcome.Cards;
            // State first, so a follow-up that fails cannot lose it; then the follow-ups within a budget, so a slow or
            // hanging connector never keeps Teams waiting for the replacement card past its invoke limit.
            await SaveAsync(turnContext, outcome, cancellationToken);
            await SendFollowUpsAsync(turnContext, [.. messages], cancellationToken);
            return CardResponse(replacement);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.CardActionFailed(logger, exception, activity.From?.Id, activity.Conversation?.Id, activity.Id);
            return CardResponse(NoticeCard.Build(UiStrings.For(ActivityReader.Locale(activity)).ActionFailed, TextStyle.Warning));
        }
    }

    /// <summary>Welcomes when the bot was added (install) or, in a personal chat, when the user was.</summary>
    public Task OnMembersAddedAsync(ITurnContext turnContext, IEnumerable<ChannelAccount> membersAdded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(membersAdded);
        var activity = turnContext.Activity;
        var botAdded = membersAdded.Any(m => m.Id == activity.Recipient?.Id);
        // In a team or group chat, people joining later are not greeted one by one.
        return botAdded || ActivityReader.IsPersonal(activity) ? GreetAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }

    public Task OnInstalledAsync(ITurnContext turnContext, CancellationToken cancellationToken) => GreetAsync(turnContext, cancellationToken);

    /// <summary>Stops daily sends to a user who removed the bot, and forgets the welcome so a reinstall greets again.</summary>
    public async Task OnUninstalledAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (ActivityReader.IsPersonal(activity) && !string.IsNullOrEmpty(activity.From?.Id))
        {
            await references.MarkUninstalledAsync(activity.From.Id, cancellationToken);
        }

        var state = await flowStates.LoadAsync(activity.ChannelId, activity.Conversation?.Id ?? string.Empty, cancellationToken);
        await flowStates.SaveAsync(state, state.Data with { Welcomed = false }, cancellationToken);
        await welcomes.ReleaseAsync(activity.Conversation?.Id ?? string.Empty, cancellationToken);
    }

    private async Task GreetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        using var entered = await gate.EnterAsync(turnContext.Activity.Conversation?.Id ?? string.Empty, cancellationToken);
        var input = await LoadAsync(turnContext, isCardAction: false, cancellationToken);
        if (input is null)
        {
            return;
        }

        var outcome = welcome.Greet(input);
        // The gate orders the two updates inside this process; the claim decides between instances.
        if (outcome.Cards.Count > 0 && !await welcomes.TryClaimAsync(input.ConversationId, cancellationToken))
        {
            return; // Another turn (here or on another instance) greets and saves the state.
        }

        await SendAsync(turnContext, outcome.Cards, cancellationToken);
        await SaveAsync(turnContext, outcome, cancellationToken);
    }
}
