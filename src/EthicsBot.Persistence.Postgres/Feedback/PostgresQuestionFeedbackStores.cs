namespace EthicsBot.Persistence.Feedback;

using EthicsBot.Persistence.Postgres;
using Microsoft.Extensions.Options;

/// <summary>Opens the reports store outside the host on PostgreSQL, for the CLI's <c>content report</c>.</summary>
public static class PostgresQuestionFeedbackStores
{
    /// <summary>The store over the bot's PostgreSQL database (already migrated by the bot).</summary>
    public static IQuestionFeedbackStore Open(string connectionString) =>
        new PostgresQuestionFeedbackStore(new PostgresDatabase(Options.Create(
            new PersistenceOptions { Provider = PersistenceProvider.Postgres, ConnectionString = connectionString })));
}
