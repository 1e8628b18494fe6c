namespace EthicsBot.Persistence.Postgres;

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

public static class PostgresPersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the PostgreSQL database, its migrations and every store as singletons (see
    /// <see cref="PersistenceServiceCollectionExtensions.AddPersistenceCore"/> for options and migration at start-up).
    /// </summary>
    public static IServiceCollection AddPostgresPersistence(this IServiceCollection services)
    {
        services.AddPersistenceCore();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersistenceOptions>, PostgresOptionsValidator>());

        services.AddSingleton<PostgresDatabase>();
        services.AddSingleton<IDatabaseMigrator, PostgresMigrator>();
        services.AddSingleton<IDatabaseHealth, PostgresDatabaseHealth>();

        services.AddSingleton<IUserStore, PostgresUserStore>();
        services.AddSingleton<IUserTurnStore, PostgresUserTurnStore>();
        services.AddSingleton<IQuizStore, PostgresQuizStore>();
        services.AddSingleton<IDocumentStore, PostgresDocumentStore>();
        services.AddSingleton<IConversationReferenceStore, PostgresConversationReferenceStore>();
        services.AddSingleton<IDailySubscriptionStore, PostgresDailySubscriptionStore>();
        services.AddSingleton<IDeliveryStore, PostgresDeliveryStore>();
        services.AddSingleton<ILeaseStore, PostgresLeaseStore>();
        services.AddSingleton<IAdminAuditStore, PostgresAdminAuditStore>();
        services.AddSingleton<IContentImportStore, PostgresContentImportStore>();
        services.AddSingleton<IQuestionFeedbackStore, PostgresQuestionFeedbackStore>();
        services.AddSingleton<IUnitStore, PostgresUnitStore>();
        services.AddSingleton<IReportStore, PostgresReportStore>();
        services.AddSingleton<ICompletionStore, PostgresCompletionStore>();
        services.AddSingleton<Leaderboards.ILeaderboardChannelStore, Leaderboards.PostgresLeaderboardChannelStore>();
        return services;
    }
}
