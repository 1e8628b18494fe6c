namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

/// <summary>Loading a turn's input (user, references, flow state) and saving what the flow decided.</summary>
public sealed partial class TurnRouter
{
    // The state as this turn loaded it (its ETag included), kept in the turn's own bag for the save.
    private const string LoadedStateKey = "EthicsBot.FlowState";

    private async Task<TurnInput?> LoadAsync(ITurnContext turnContext, bool isCardAction, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.From?.Id))
        {
            Log.NoSender(logger, activity.Id, activity.Conversation?.Id);
            return null;
        }

        var identity = ActivityReader.Identity(activity);
        // One read for profile, conversation reference and unreachable flag; the writes below happen only on a change.
        var stored = await userTurns.ReadAsync(identity.UserId, cancellationToken);
        var (profile, isNew) = await profiles.EnsureAsync(identity, stored.Profile, activity.Id, cancellationToken);
        if (ActivityReader.IsPersonal(activity))
        {
            // The daily push goes to the personal chat, so that is the reference to keep.
            await references.RememberAsync(activity.GetConversationReference(), identity.TenantId, stored, cancellationToken);
        }

        var state = await flowStates.LoadAsync(activity.ChannelId, activity.Conversation?.Id ?? string.Empty, cancellationToken);
        turnContext.TurnState[LoadedStateKey] = state;
        return new TurnInput
        {
            Profile = profile,
            Locale = profile.Locale,
            State = state.Data,
            ConversationId = activity.Conversation?.Id ?? string.Empty,
            ActivityId = activity.Id,
            IsNewUser = isNew,
            IsCardAction = isCardAction,
            Channel = ActivityReader.Channel(activity, identity.TenantId),
            PrincipalName = activity.ChannelId == Channels.Msteams ? token => PrincipalNameAsync(turnContext, token) : null,
        };
    }

    // Teams does not put the principal name on activities; the member lookup has it. A failed lookup only means the
    // roster cannot match this user by name, so it is logged and answered with null.
    private async Task<string?> PrincipalNameAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            return (await TeamsInfo.GetMemberAsync(turnContext, turnContext.Activity.From.Id, cancellationToken))?.UserPrincipalName;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.PrincipalNameUnavailable(logger, turnContext.Activity.From.Id, ex.GetType().Name);
            return null;
        }
    }

    private async Task SaveAsync(ITurnContext turnContext, TurnOutcome outcome, CancellationToken cancellationToken)
    {
        var loaded = (FlowState)turnContext.TurnState[LoadedStateKey];
        if (outcome.StateDeleted)
        {
            await flowStates.DeleteAsync(turnContext.Activity.ChannelId, turnContext.Activity.Conversation?.Id ?? string.Empty, cancellationToken);
            return;
        }

        // Unchanged state (most message turns) costs no write.
        turnContext.TurnState[LoadedStateKey] = await flowStates.SaveAsync(loaded, outcome.State, cancellationToken);
    }
}
