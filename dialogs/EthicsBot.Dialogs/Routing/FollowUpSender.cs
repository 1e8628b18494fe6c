namespace EthicsBot.Dialogs.Routing;

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

/// <summary>Runs a turn's <see cref="TurnOutcome.FollowUp"/> after its cards: typing first, then the message as its own activity.</summary>
internal static class FollowUpSender
{
    /// <summary>A connector failure is logged and swallowed: the cards and the state of the turn are already out.</summary>
    public static async Task SendAsync(
        ITurnContext turnContext, Func<CancellationToken, Task<FollowUpMessage?>> followUp, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
            if (await followUp(cancellationToken) is { } message)
            {
                await turnContext.SendActivityAsync(FollowUpActivity.From(message), cancellationToken);
            }
        }
        catch (HttpRequestException exception)
        {
            Log.FollowUpMessageFailed(logger, turnContext.Activity.Conversation?.Id, exception.GetType().Name);
        }
    }
}
