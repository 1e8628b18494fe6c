namespace EthicsBot.Host.Daily.Delivery;

using System.Diagnostics;
using System.Threading.Channels;
using EthicsBot.Host.Daily.Election;
using EthicsBot.Persistence.Daily;
using Microsoft.Extensions.Options;

/// <summary>
/// Claims due rows in batches under a lease and sends them with bounded concurrency until nothing is claimable.
/// One claimer feeds a bounded channel that <see cref="DailyOptions.MaxConcurrency"/> senders drain, so the next
/// batch is claimed while the previous one is still being sent, and at most two batches wait claimed in memory.
/// Claims and sends happen only while this instance holds the <see cref="SenderLease"/>; a card claimed before the
/// lease ran out is left claimed, and whoever sends next takes it when its row lease ends.
/// </summary>
internal sealed class DeliveryDispatcher(
    IDeliveryStore deliveries,
    DeliveryProcessor processor,
    RetrySchedule retries,
    SenderLease sender,
    IOptions<DailyOptions> options,
    TimeProvider timeProvider,
    ILogger<DeliveryDispatcher> logger)
{
    private readonly DailyOptions options = options.Value;

    public string Owner => sender.Owner;

    public async Task<DrainResult> DrainAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var tally = new DrainTally();
        var channel = Channel.CreateBounded<DeliveryRecord>(new BoundedChannelOptions(options.BatchSize)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var senders = Enumerable.Range(0, options.MaxConcurrency)
            .Select(_ => Task.Run(() => SendAllAsync(channel.Reader, tally, cancellationToken), CancellationToken.None))
            .ToArray();
        // Retries due after the last claim's "now" were not claimable by it, even if they are due by the time the senders
        // finish: the worker must come back for them at once rather than at the next claim poll (seconds later).
        var lastClaimAt = timeProvider.GetUtcNow();
        try
        {
            while (true)
            {
                if (!sender.IsHeld)
                {
                    break;
                }

                lastClaimAt = timeProvider.GetUtcNow();
                var batch = await deliveries.ClaimBatchAsync(Owner, options.BatchSize, options.Lease, options.MaxAttempts, lastClaimAt, cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                tally.Claimed(batch.Count);
                foreach (var delivery in batch)
                {
                    await channel.Writer.WriteAsync(delivery, cancellationToken);
                }
            }
        }
        finally
        {
            // Rows already in the channel are still sent; on cancellation they stay claimed until their lease ends.
            channel.Writer.TryComplete();
            await Task.WhenAll(senders);
        }

        var result = tally.ToResult(retries.NextAfter(lastClaimAt));
        if (result.Claimed > 0)
        {
            DailyLog.Drained(logger, result.Claimed, result.Sent, result.Retried, result.Failed, result.Unreachable,
                (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return result;
    }

    private async Task SendAllAsync(ChannelReader<DeliveryRecord> reader, DrainTally tally, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var delivery in reader.ReadAllAsync(cancellationToken))
            {
                if (!sender.IsHeld)
                {
                    continue; // Another instance may be sending by now; keep draining the channel so the claimer stops.
                }

                try
                {
                    var outcome = await processor.ProcessAsync(delivery, cancellationToken);
                    tally.Add(outcome);
                    if (outcome.RetryAt is { } retryAt)
                    {
                        retries.Add(retryAt);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Typically the database went away mid-send; the lease brings the row back later.
                    tally.Error();
                    DailyLog.DeliveryError(logger, ex, delivery.UserId, delivery.LocalDate);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: what is left in the channel stays claimed.
        }
    }
}
