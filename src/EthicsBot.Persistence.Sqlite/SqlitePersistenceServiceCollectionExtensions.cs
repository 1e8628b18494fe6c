namespace EthicsBot.Persistence.Sqlite;

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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

public static class SqlitePersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite database, its migrations and every store as singletons (see
    /// <see cref="PersistenceServiceCollectionExtensions.AddPersistenceCore"/> for options and migration at start-up).
    /// </summary>
    public static IServiceCollection AddSqlitePersistence(this IServiceCollection services)
    {
        services.AddPersistenceCore();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersistenceOptions>, SqliteOptionsValidator>());

        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IDatabaseMigrator, SqliteMigrator>();
        services.AddSingleton<IDatabaseHealth, SqliteDatabaseHealth>();

        services.AddSingleton<IUserStore, SqliteUserStore>();
        services.AddSingleton<IUserTurnStore, SqliteUserTurnStore>();
        services.AddSingleton<IQuizStore, SqliteQuizStore>();
        services.AddSingleton<IDocumentStore, SqliteDocumentStore>();
        services.AddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.AddSingleton<IDailySubscriptionStore, SqliteDailySubscriptionStore>();
        services.AddSingleton<IDeliveryStore, SqliteDeliveryStore>();
        services.AddSingleton<ILeaseStore, SqliteLeaseStore>();
        services.AddSingleton<IAdminAuditStore, SqliteAdminAuditStore>();
        services.AddSingleton<IContentImportStore, SqliteContentImportStore>();
        services.AddSingleton<IQuestionFeedbackStore, SqliteQuestionFeedbackStore>();
        services.AddSingleton<IUnitStore, SqliteUnitStore>();
        services.AddSingleton<IReportStore, SqliteReportStore>();
        services.AddSingleton<ICompletionStore, SqliteCompletionStore>();
        services.AddSingleton<Leaderboards.ILeaderboardChannelStore, Leaderboards.SqliteLeaderboardChannelStore>();
        return services;
    }
}
