namespace EthicsBot.Persistence.Users;

public interface IUserStore
{
    Task<UserProfile?> GetAsync(string userId, CancellationToken cancellationToken = default);

    Task UpsertAsync(UserProfile profile, CancellationToken cancellationToken = default);

    /// <summary>Deletes the user and everything recorded about them (answers, sessions, state). Returns false when unknown.</summary>
    Task<bool> DeleteAllAsync(string userId, CancellationToken cancellationToken = default);
}
