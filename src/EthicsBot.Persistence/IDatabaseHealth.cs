namespace EthicsBot.Persistence;

public interface IDatabaseHealth
{
    /// <summary>True when a trivial query succeeds within the token's deadline.</summary>
    Task<bool> CanConnectAsync(CancellationToken cancellationToken = default);
}
