namespace EthicsBot.Host.Daily.Election;

using EthicsBot.Persistence.Leases;
using Microsoft.Extensions.Options;

/// <summary>
/// Which instance runs the daily push. Teams' rate limit is per tenant, not per instance, and each instance paces
/// only its own sends; so exactly one instance sends, holding a lease row in the shared database, and the others
/// wait to take over. A sender sends only while its lease is valid by its own clock, and another can take the lease
/// only after that moment: two instances never send at once (with clocks in step), whatever the network does.
/// </summary>
internal sealed class SenderLease(
    ILeaseStore leases,
    InstanceId instance,
    IOptions<DailyOptions> options,
    TimeProvider timeProvider,
    ILogger<SenderLease> logger)
{
    public const string Name = "daily-sender";

    private readonly TimeSpan leaseFor = options.Value.SenderLease;
    private readonly Lock gate = new();
    private DateTimeOffset heldUntil = DateTimeOffset.MinValue;

    public string Owner => instance.Value;

    /// <summary>True while this instance's lease has not run out; checked before each claim and each send.</summary>
    public bool IsHeld
    {
        get
        {
            lock (gate)
            {
                return timeProvider.GetUtcNow() < heldUntil;
            }
        }
    }

    /// <summary>Takes or renews the lease; false (and sending stops) when another instance holds it.</summary>
    public async Task<bool> TryHoldAsync(CancellationToken cancellationToken)
    {
        var wasHeld = IsHeld;
        var until = await leases.TryAcquireAsync(Name, Owner, leaseFor, timeProvider.GetUtcNow(), cancellationToken);
        lock (gate)
        {
            // A renewal never shortens what an earlier, slower answer granted.
            heldUntil = until is { } granted ? (granted > heldUntil ? granted : heldUntil) : DateTimeOffset.MinValue;
        }

        if (until is not null && !wasHeld)
        {
            DailyLog.SenderElected(logger, Owner);
        }
        else if (until is null && wasHeld)
        {
            DailyLog.SenderLost(logger, Owner);
        }

        return until is not null;
    }

    /// <summary>Renews every third of the lease until cancelled, so a long drain never outlives its lease.</summary>
    public async Task KeepRenewingAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(leaseFor / 3, timeProvider, cancellationToken);
                await TryHoldAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database is unreachable: the lease runs out by itself and sending stops with it.
                DailyLog.PassFailed(logger, ex);
            }
        }
    }

    /// <summary>Gives the role up at shutdown, so another instance takes over at once rather than after the lease.</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            heldUntil = DateTimeOffset.MinValue;
        }

        await leases.ReleaseAsync(Name, Owner, cancellationToken);
    }
}
