namespace EthicsBot.Host.Explainer;

using System.ClientModel;
using System.Globalization;
using EthicsBot.Dialogs.Explainer;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

/// <summary>
/// The explainer over Azure OpenAI, through Microsoft.Extensions.AI's <see cref="IChatClient"/>. The HTTP client
/// under it carries the resilience pipeline (timeout, one retry, circuit breaker); this class turns whatever goes
/// wrong into an outcome, keeps away from the service while a 429's Retry-After runs, and caches "why" answers.
/// </summary>
public sealed class AzureOpenAIExplainer(IChatClient chat, HybridCache cache, IOptions<ExplainerOptions> options, TimeProvider time) : IExplainer
{
    // UTC ticks, read and written whole from any turn's thread.
    private long coolDownUntilTicks;

    public bool IsConfigured => true;

    public async Task<ExplainerReply> ExplainAsync(ExplainerPrompt prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        if (time.GetUtcNow().UtcTicks < Interlocked.Read(ref coolDownUntilTicks))
        {
            return new ExplainerReply(ExplainerOutcome.RateLimited);
        }

        try
        {
            if (prompt.CacheKey is not { } key)
            {
                return await CallAsync(prompt, cancellationToken);
            }

            var called = false;
            var text = await cache.GetOrCreateAsync(key, async ct =>
            {
                called = true;
                var reply = await CallAsync(prompt, ct);
                // Throwing keeps a failure out of the cache; the reply travels back inside the exception.
                return reply.Outcome == ExplainerOutcome.Answered ? reply : throw new NotCachedException(reply);
            }, new HybridCacheEntryOptions { Expiration = TimeSpan.FromDays(options.Value.CacheDays), LocalCacheExpiration = TimeSpan.FromDays(options.Value.CacheDays) },
            cancellationToken: cancellationToken);
            return called ? text : text with { FromCache = true, InputTokens = 0, OutputTokens = 0 };
        }
        catch (NotCachedException failed)
        {
            return failed.Reply;
        }
    }

    private async Task<ExplainerReply> CallAsync(ExplainerPrompt prompt, CancellationToken cancellationToken)
    {
        try
        {
            var response = await chat.GetResponseAsync(
                [new ChatMessage(ChatRole.System, ExplainerInstructions.System), new ChatMessage(ChatRole.User, ExplainerInstructions.User(prompt))],
                new ChatOptions { MaxOutputTokens = options.Value.MaxOutputTokens, Temperature = 0.2f },
                cancellationToken);
            var input = (int)(response.Usage?.InputTokenCount ?? 0);
            var output = (int)(response.Usage?.OutputTokenCount ?? 0);
            return response.FinishReason == ChatFinishReason.ContentFilter
                ? new ExplainerReply(ExplainerOutcome.ContentFiltered, null, input, output)
                : new ExplainerReply(ExplainerOutcome.Answered, response.Text, input, output);
        }
        catch (Exception exception) when (Classify(exception, cancellationToken) is { } outcome)
        {
            return new ExplainerReply(outcome);
        }
    }

    private ExplainerOutcome? Classify(Exception exception, CancellationToken cancellationToken)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case BrokenCircuitException:
                    return ExplainerOutcome.CircuitOpen;
                case TimeoutRejectedException:
                    return ExplainerOutcome.Timeout;
                case ClientResultException { Status: 429 } limited:
                    CoolDown(limited);
                    return ExplainerOutcome.RateLimited;
                case ClientResultException { Status: 400 } refused when refused.Message.Contains("content_filter", StringComparison.OrdinalIgnoreCase):
                    return ExplainerOutcome.ContentFiltered;
                case ClientResultException { Status: >= 500 }:
                    return ExplainerOutcome.ServerError;
                case OperationCanceledException when !cancellationToken.IsCancellationRequested:
                    return ExplainerOutcome.Timeout;
                case OperationCanceledException:
                    // The caller's budget ran out: its own timeout, reported as such by the caller.
                    return null;
            }
        }

        return ExplainerOutcome.Failed;
    }

    // Retry-After is honoured by not calling again before it passes; the user gets the offline answer meanwhile.
    private void CoolDown(ClientResultException limited)
    {
        var header = limited.GetRawResponse()?.Headers.TryGetValue("Retry-After", out var value) == true ? value : null;
        var wait = int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(Math.Min(seconds, 600))
            : DateTimeOffset.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var until) ? until - time.GetUtcNow()
            : TimeSpan.FromSeconds(10);
        Interlocked.Exchange(ref coolDownUntilTicks, (time.GetUtcNow() + wait).UtcTicks);
    }

    private sealed class NotCachedException(ExplainerReply reply) : Exception("explainer reply not cached")
    {
        public ExplainerReply Reply { get; } = reply;
    }
}
