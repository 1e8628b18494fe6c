namespace EthicsBot.Persistence;

using EthicsBot.Persistence.Admin;
using EthicsBot.Persistence.Content;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Documents;
using EthicsBot.Persistence.Feedback;
using EthicsBot.Persistence.Quizzes;
using EthicsBot.Persistence.Sqlite;
using EthicsBot.Persistence.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite database, its migrations and every store as singletons, with
    /// <see cref="PersistenceOptions"/> bound from "Persistence" and validated when the host starts. The schema is
    /// migrated by a hosted service in IHostedLifecycleService.StartingAsync, i.e. before any hosted service
    /// starts and before the web server listens; a failed migration stops start-up.
    /// </summary>
    public static IServiceCollection AddPersistence(this IServiceCollection services)
    {
        services.AddOptions<PersistenceOptions>()
            .BindConfiguration(PersistenceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<IDatabaseMigrator, SqliteMigrator>();
        services.AddHostedService<SqliteMigrationHostedService>();
        services.AddSingleton<IDatabaseHealth, SqliteDatabaseHealth>();

        services.AddSingleton<IUserStore, SqliteUserStore>();
        services.AddSingleton<IQuizStore, SqliteQuizStore>();
        services.AddSingleton<IDocumentStore, SqliteDocumentStore>();
        services.AddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.AddSingleton<IDailySubscriptionStore, SqliteDailySubscriptionStore>();
        services.AddSingleton<IDeliveryStore, SqliteDeliveryStore>();
        services.AddSingleton<IAdminAuditStore, SqliteAdminAuditStore>();
        services.AddSingleton<IContentImportStore, SqliteContentImportStore>();
        services.AddSingleton<IQuestionFeedbackStore, SqliteQuestionFeedbackStore>();
        services.AddSingleton<Units.IUnitStore, Units.SqliteUnitStore>();
        services.AddSingleton<Reports.IReportStore, Reports.SqliteReportStore>();
        services.AddSingleton<Reports.ICompletionStore, Reports.SqliteCompletionStore>();
        services.AddSingleton<Leaderboards.ILeaderboardChannelStore, Leaderboards.SqliteLeaderboardChannelStore>();
        return services;
    }
}
