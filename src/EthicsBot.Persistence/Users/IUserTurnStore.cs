namespace EthicsBot.Persistence.Users;

/// <summary>
/// What every turn needs to know about its sender, read in one statement instead of three store calls.
/// </summary>
public interface IUserTurnStore
{
    /// <summary>
    /// The user's profile, the address of their stored conversation reference and their unreachable flag, each
    /// empty when absent. The three come from one statement, so they are one consistent snapshot: never part of
    /// another writer's change (SQLite reads a statement in one read transaction; PostgreSQL gives a statement one
    /// snapshot). A change committed by another instance after the read is not seen; the turn's writes decide on
    /// this snapshot, as the separate reads before did, and the next turn sees the change.
    /// </summary>
    Task<UserTurnSnapshot> ReadAsync(string userId, CancellationToken cancellationToken = default);
}
