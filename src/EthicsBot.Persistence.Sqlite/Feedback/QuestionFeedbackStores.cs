namespace EthicsBot.Persistence.Feedback;

/// <summary>Opens the reports store outside the host, for the CLI's <c>content report</c>.</summary>
public static class QuestionFeedbackStores
{
    /// <summary>The store over an existing SQLite file; opening never creates the file.</summary>
    public static IQuestionFeedbackStore OpenSqlite(string connectionString) => SqliteQuestionFeedbackStore.Open(connectionString);
}
