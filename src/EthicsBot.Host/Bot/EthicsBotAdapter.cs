namespace EthicsBot.Host.Bot;

using System.Data.Common;
using EthicsBot.Dialogs.Storage;
using EthicsBot.Domain;
using EthicsBot.Host.Bot.Connector;
using EthicsBot.Persistence;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

/// <summary>
/// The Cloud adapter with the one last-resort error path: log ids (never text), apologise, and clear the
/// conversation's flow state so the next message starts clean. Answers already stored stay stored. A database
/// error also has the database probed, which reopens connections to a file that changed under them.
/// </summary>
public sealed class EthicsBotAdapter : CloudAdapter
{
    // Pooled: a connector client per turn re-created serializer settings and re-compiled dozens of methods for every
    // reply (9–12 ms of CPU per send, measured in issue 12); the pool is the one the daily push uses.
    public EthicsBotAdapter(
        PooledConnectorAuthentication auth, FlowStateStore flowStates, IDatabaseHealth databaseHealth, ILogger<EthicsBotAdapter> logger)
        : base(auth, logger)
    {
        OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            Log.TurnFailed(logger, exception, activity.Id, activity.Type, activity.Conversation?.Id, activity.From?.Id);
            if (exception is DbException)
            {
                // A file deleted, replaced or restored under open connections fails turns until they are reopened;
                // the probe reopens them when it finds the file changed, so the next turn works without a restart.
                _ = databaseHealth.CheckNowAsync(CancellationToken.None);
            }

            try
            {
                await flowStates.DeleteAsync(activity.ChannelId, activity.Conversation?.Id ?? string.Empty, CancellationToken.None);
            }
            catch (Exception ex) when (IsFailure(ex))
            {
                Log.StateClearFailed(logger, ex, activity.Conversation?.Id);
            }

            try
            {
                await TellUserAsync(turnContext);
            }
            catch (Exception ex) when (IsFailure(ex))
            {
                Log.ApologyFailed(logger, ex, activity.From?.Id, activity.Conversation?.Id);
            }
        };
    }

    /// <summary>
    /// Runs the turn for an activity the gate (<see cref="Edge.ActivityGate"/>) already read from the request, and writes
    /// the response (<see cref="Edge.InvokeResponseWriter"/>), as <see cref="CloudAdapter.ProcessAsync(HttpRequest,
    /// HttpResponse, IBot, CancellationToken)"/> does after reading the body itself: authentication and the turn are
    /// the Bot Framework's, unchanged.
    /// </summary>
    public async Task ProcessAsync(HttpContext context, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(bot);
        try
        {
            var invokeResponse = await ProcessActivityAsync(context.Request.Headers.Authorization.ToString(), activity, bot.OnTurnAsync, cancellationToken);
            await Edge.InvokeResponseWriter.WriteAsync(context.Response, invokeResponse, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    // A call that timed out (HttpClient reports it as a cancellation caused by a TimeoutException) is a failure to log,
    // not the request being aborted, which must still end the turn.
    private static bool IsFailure(Exception ex) => ex is not OperationCanceledException || ex.InnerException is TimeoutException;

    private static async Task TellUserAsync(ITurnContext turnContext)
    {
        var text = ErrorMessage.For(LocaleExtensions.FromTag(turnContext.Activity.Locale));
        if (turnContext.Activity.IsAdaptiveCardAction())
        {
            // Teams stops calling the bot for a card whose action once failed, so even this path answers with a card.
            await turnContext.SendActivityAsync(ErrorMessage.InvokeResponse(text));
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(text));
    }
}
