namespace EthicsBot.Persistence.Tests;

using EthicsBot.Persistence.Admin;
using EthicsBot.Persistence.Content;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Documents;
using EthicsBot.Persistence.Feedback;
using EthicsBot.Persistence.Leases;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Reports;
using EthicsBot.Persistence.Units;
using EthicsBot.Persistence.Users;

/// <summary>A migrated, empty database of one store with its stores; disposing it removes it.</summary>
public abstract class StoreDatabase : IAsyncDisposable
{
    public abstract IUserStore Users { get; }
    public abstract IUserTurnStore UserTurns { get; }
    public abstract IQuizStore Quizzes { get; }
    public abstract IDocumentStore Documents { get; }
    public abstract IConversationReferenceStore References { get; }
    public abstract IDailySubscriptionStore Subscriptions { get; }
    public abstract IDeliveryStore Deliveries { get; }
    public abstract ILeaseStore Leases { get; }
    public abstract IUnitStore Units { get; }
    public abstract IReportStore Reports { get; }
    public abstract ICompletionStore Completion { get; }
    public abstract IAdminAuditStore Audit { get; }
    public abstract IQuestionFeedbackStore Feedback { get; }
    public abstract IContentImportStore Imports { get; }
    public abstract global::EthicsBot.Persistence.Leaderboards.ILeaderboardChannelStore LeaderboardChannels { get; }

    /// <summary>The report's temporary tables left on a pooled connection (there must be none after a report).</summary>
    public abstract Task<long> CountTemporaryReportTablesAsync();

    /// <summary>Runs a scalar COUNT(*) query written in the SQL both stores understand.</summary>
    public abstract Task<long> CountAsync(string sql);

    /// <summary>Inserts bare conversation references for many users in one go, faster than the store's one-by-one upsert.</summary>
    public abstract Task SeedReferencesAsync(IEnumerable<string> userIds);

    public abstract ValueTask DisposeAsync();
}
