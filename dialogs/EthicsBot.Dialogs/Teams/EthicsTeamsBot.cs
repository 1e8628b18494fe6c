namespace EthicsBot.Dialogs.Teams;

using EthicsBot.Dialogs.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>The bot Teams talks to. Deliberately thin: every activity goes straight to the <see cref="TurnRouter"/>.</summary>
public sealed class EthicsTeamsBot(TurnRouter router) : TeamsActivityHandler
{
    private const string AdaptiveCardAction = "adaptiveCard/action";

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        router.OnMessageAsync(turnContext, cancellationToken);

    // Members are read from the activity itself: the Teams base class would look each one up in the roster,
    // a rate-limited call, for details the bot does not use.
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.MembersAdded is { Count: > 0 } added
            ? router.OnMembersAddedAsync(turnContext, added, cancellationToken)
            : Task.CompletedTask;

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        router.OnInstalledAsync(turnContext, cancellationToken);

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        router.OnUninstalledAsync(turnContext, cancellationToken);

    /// <summary>
    /// Card actions bypass the base class's value check, which answers a malformed or non-Execute action with
    /// a 400; Teams would then stop calling the bot for that card. The router answers everything with a card.
    /// </summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Name != AdaptiveCardAction)
        {
            return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        }

        var response = await OnAdaptiveCardInvokeAsync(turnContext, ReadValue(turnContext.Activity), cancellationToken);
        return CreateInvokeResponse(response);
    }

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(
        ITurnContext<IInvokeActivity> turnContext, AdaptiveCardInvokeValue? invokeValue, CancellationToken cancellationToken) =>
        router.OnCardActionAsync(turnContext, invokeValue, cancellationToken);

    private static AdaptiveCardInvokeValue? ReadValue(IInvokeActivity activity)
    {
        try
        {
            return (activity.Value as JObject)?.ToObject<AdaptiveCardInvokeValue>();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
