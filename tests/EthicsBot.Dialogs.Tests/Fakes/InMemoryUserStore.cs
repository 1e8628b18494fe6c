namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Persistence.Users;

/// <summary>An in-memory IUserStore whose DeleteAllAsync also erases the user's quiz data, as the contract says.</summary>
public sealed class InMemoryUserStore(InMemoryQuizStore quizzes) : IUserStore
{
    private readonly Dictionary<string, UserProfile> profiles = new(StringComparer.Ordinal);

    public int Writes { get; private set; }

    public Task<UserProfile?> GetAsync(string userId, CancellationToken cancellationToken = default) =>
        Task.FromResult(profiles.GetValueOrDefault(userId));

    public Task UpsertAsync(UserProfile profile, CancellationToken cancellationToken = default)
    {
        profiles[profile.UserId] = profile;
        Writes++;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAllAsync(string userId, CancellationToken cancellationToken = default)
    {
        var removed = profiles.Remove(userId);
        removed |= quizzes.DeleteUser(userId) > 0;
        return Task.FromResult(removed);
    }
}
