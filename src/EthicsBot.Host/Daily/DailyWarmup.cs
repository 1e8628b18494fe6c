namespace EthicsBot.Host.Daily;

using System.Diagnostics;
using EthicsBot.Host.Daily.Delivery;
using EthicsBot.Host.Daily.Sending;
using EthicsBot.Persistence.Daily;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest.Serialization;

/// <summary>
/// Runs the send path once before the server listens: a sample daily card is picked, built and serialised as the
/// Bot Connector client would, and the first read of a send is made. A fresh process otherwise compiled all of it
/// while the first cards of a push waited (about 0.4 s before the first card of a 20,000-user push, measured).
/// A failure here is logged and never stops the bot: the push would simply pay that cost itself.
/// </summary>
internal sealed class DailyWarmup(
    DailyComposerSource composers,
    IConversationReferenceStore references,
    ILogger<DailyWarmup> logger) : IHostedService
{
    // No user id Teams issues looks like this, so the read finds nothing.
    private const string NoUser = "warm-up";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (composers.Composer is not { } composer)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            if (composer.ComposeSample() is { } card)
            {
                PreserializedCards.Apply(card);
                using var client = new ConnectorClient(new Uri("https://localhost/"), MicrosoftAppCredentials.Empty);
                _ = SafeJsonConvert.SerializeObject(card, client.SerializationSettings);
            }

            await references.GetAsync(NoUser, cancellationToken);
            DailyLog.WarmedUp(logger, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            DailyLog.WarmUpFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
