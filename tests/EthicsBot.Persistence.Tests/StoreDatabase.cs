namespace EthicsBot.Persistence.Tests;

using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Documents;
using EthicsBot.Persistence.Leases;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Users;

/// <summary>A migrated, empty database of one store with its stores; disposing it removes it.</summary>
public abstract class StoreDatabase : IAsyncDisposable
{
    public abstract IUserStore Users { get; }
    public abstract IQuizStore Quizzes { get; }
    public abstract IDocumentStore Documents { get; }
    public abstract IConversationReferenceStore References { get; }
    public abstract IDailySubscriptionStore Subscriptions { get; }
    public abstract IDeliveryStore Deliveries { get; }
    public abstract ILeaseStore Leases { get; }

    /// <summary>Runs a scalar COUNT(*) query written in the SQL both stores understand.</summary>
    public abstract Task<long> CountAsync(string sql);

    /// <summary>Inserts bare conversation references for many users in one go, faster than the store's one-by-one upsert.</summary>
    public abstract Task SeedReferencesAsync(IEnumerable<string> userIds);

    public abstract ValueTask DisposeAsync();
}
