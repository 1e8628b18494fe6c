namespace EthicsBot.Persistence.Leases;

/// <summary>
/// Named leases with a time limit: how several instances agree that one of them does a job (the daily push) and
/// another takes over when it stops renewing. Times come from the caller's clock; instances need clocks in step
/// to well under the lease length.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes or renews the lease <paramref name="name"/> for <paramref name="owner"/> until now + <paramref name="leaseFor"/>:
    /// succeeds when nobody holds it, when <paramref name="owner"/> already does, or when the holder's lease has run
    /// out (lease end &lt;= now). Returns the new lease end, or null when another owner holds it. Atomic: of two
    /// owners asking at once, at most one gets it.
    /// </summary>
    Task<DateTimeOffset?> TryAcquireAsync(string name, string owner, TimeSpan leaseFor, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up if <paramref name="owner"/> holds it, so another owner can take it at once.</summary>
    Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default);
}
