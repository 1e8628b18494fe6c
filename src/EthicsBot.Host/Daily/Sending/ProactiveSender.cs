namespace EthicsBot.Host.Daily.Sending;

using EthicsBot.Host.Bot.Edge;
using EthicsBot.Host.Telemetry;
using EthicsBot.Persistence.Daily;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

/// <summary>A message built inside the proactive turn, with the quiz session it starts (if any).</summary>
internal sealed record ComposedMessage(IActivity Activity, string? SessionId);

/// <summary>
/// Sends one proactive message through CloudAdapter.ContinueConversationAsync with the stored reference. The
/// connector client is built on an HttpClient from IHttpClientFactory, so connections are reused, and a client built
/// on a supplied HttpClient has no retry handler of its own: the delivery engine's retries are the only ones.
/// </summary>
internal sealed class ProactiveSender(
    ProactiveAdapter adapter, IConfiguration configuration, ServiceUrls serviceUrls, BotMetrics metrics, TimeProvider timeProvider, ILogger<ProactiveSender> logger)
{
    // Empty in local anonymous mode; ContinueConversationAsync then sends without a token.
    private readonly string botAppId = configuration["MicrosoftAppId"] ?? string.Empty;

    /// <param name="compose">Builds the message inside the turn; null means there is nothing to send.</param>
    /// <param name="beforeSend">Waits for the rate limiters; called only when there is something to send.</param>
    public async Task<SendResult> SendAsync(
        StoredConversationReference stored,
        Func<ITurnContext, CancellationToken, Task<ComposedMessage?>> compose,
        Func<CancellationToken, ValueTask> beforeSend,
        CancellationToken cancellationToken)
    {
        using var span = BotMetrics.Source.StartActivity("proactive.send");
        var result = await SendCoreAsync(stored, compose, beforeSend, cancellationToken);
        var outcome = result.Outcome switch
        {
            SendOutcome.Sent => "sent",
            SendOutcome.NothingToSend => "nothing",
            SendOutcome.Retry => "retry",
            SendOutcome.Unreachable => "unreachable",
            _ => "failed",
        };
        span?.SetTag("ethicsbot.outcome", outcome);
        metrics.Send(outcome, result.Throttled);
        return result;
    }

    private async Task<SendResult> SendCoreAsync(
        StoredConversationReference stored,
        Func<ITurnContext, CancellationToken, Task<ComposedMessage?>> compose,
        Func<CancellationToken, ValueTask> beforeSend,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!serviceUrls.IsTrusted(stored.ServiceUrl))
        {
            // Stored before the allow-list existed, or the list changed since: never called.
            Log.UntrustedStoredServiceUrl(logger, stored.UserId);
            return SendResult.Unreachable("untrusted-service-url");
        }

        var reference = Deserialize(stored);
        if (reference is null)
        {
            return SendResult.Failed("unreadable conversation reference");
        }

        Exception? failure = null;
        SendResult? result = null;
        try
        {
            await adapter.ContinueConversationAsync(botAppId, reference, async (turnContext, token) =>
            {
                // Nothing may escape this callback: the adapter's OnTurnError would apologise to the user and
                // clear their conversation state, which is right for a failed chat turn and wrong for a push.
                try
                {
                    var message = await compose(turnContext, token);
                    if (message is null)
                    {
                        result = SendResult.Nothing;
                        return;
                    }

                    PreserializedCards.Apply(message.Activity);
                    await beforeSend(token);
                    await turnContext.SendActivityAsync(message.Activity, token);
                    result = SendResult.Sent(message.SessionId);
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            }, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Raised before the turn runs, e.g. no token for the app id.
            failure = ex;
        }

        if (failure is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the row stays claimed and is sent again after its lease (at-least-once).
            throw new OperationCanceledException(cancellationToken);
        }

        return failure is null
            ? result ?? SendResult.Nothing
            : SendFailureClassifier.Classify(failure, timeProvider.GetUtcNow());
    }

    private static ConversationReference? Deserialize(StoredConversationReference stored)
    {
        try
        {
            var reference = JsonConvert.DeserializeObject<ConversationReference>(stored.ReferenceJson);
            if (reference?.Conversation?.Id is null)
            {
                return null;
            }

            // The column is what the message handler saw last; Teams may move a user to another service URL.
            reference.ServiceUrl = stored.ServiceUrl;
            return reference;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
