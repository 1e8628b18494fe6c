namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Persistence.Users;

/// <summary>The turn's read over the in-memory stores it combines; counts the reads, as the SQL stores run one statement each.</summary>
public sealed class InMemoryUserTurnStore(InMemoryUserStore users, InMemoryConversationReferenceStore references, InMemoryDailySubscriptionStore subscriptions)
    : IUserTurnStore
{
    public int Reads { get; private set; }

    public async Task<UserTurnSnapshot> ReadAsync(string userId, CancellationToken cancellationToken = default)
    {
        Reads++;
        var reference = await references.GetAsync(userId, cancellationToken);
        return new UserTurnSnapshot
        {
            Profile = await users.GetAsync(userId, cancellationToken),
            ReferenceConversationId = reference?.ConversationId,
            ReferenceServiceUrl = reference?.ServiceUrl,
            Unreachable = (await subscriptions.GetAsync(userId, cancellationToken))?.Unreachable ?? false,
        };
    }
}
