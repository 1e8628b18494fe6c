namespace EthicsBot.Persistence;

/// <summary>
/// Whether the database answers for real. Implementations read and write a probe row (results may be cached for a
/// second or two) and, when the probe fails, drop pooled connections so the next call reopens the file: a database
/// file restored after a fault is picked up without a restart.
/// </summary>
public interface IDatabaseHealth
{
    /// <summary>True when a probe write and read succeed within the token's deadline.</summary>
    Task<bool> CanConnectAsync(CancellationToken cancellationToken = default);

    /// <summary>Probes now, ignoring any cached result; called after a turn failed on a database error.</summary>
    Task<bool> CheckNowAsync(CancellationToken cancellationToken = default) => CanConnectAsync(cancellationToken);
}
