namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Cards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

/// <summary>How replies leave: messages, follow-ups within the invoke budget, and invoke responses.</summary>
public sealed partial class TurnRouter
{
    /// <summary>Teams waits about 15 s for an invoke's answer; follow-up messages get at most this long.</summary>
    public static readonly TimeSpan InvokeFollowUpBudget = TimeSpan.FromSeconds(5);

    private async Task SendFollowUpsAsync(ITurnContext turnContext, IReadOnlyList<JToken> cards, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(InvokeFollowUpBudget);
        try
        {
            await SendAsync(turnContext, cards, budget.Token);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is OperationCanceledException or HttpRequestException)
        {
            // The answer is stored and the replacement card still goes back; the user can ask for the next card.
            Log.FollowUpFailed(logger, exception.GetType().Name, turnContext.Activity.Conversation?.Id);
        }
    }

    private static async Task SendAsync(ITurnContext turnContext, IReadOnlyList<JToken> cards, CancellationToken cancellationToken)
    {
        if (cards.Count == 0)
        {
            return;
        }

        var activities = cards.Select(card => (IActivity)CardMessage.From(card)).ToArray();
        await turnContext.SendActivitiesAsync(activities, cancellationToken);
    }

    private static AdaptiveCardInvokeResponse CardResponse(JToken card) => new()
    {
        StatusCode = 200,
        Type = CardJson.ContentType,
        Value = card,
    };
}
