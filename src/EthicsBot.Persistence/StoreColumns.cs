namespace EthicsBot.Persistence;

/// <summary>
/// Column lists both stores select in this order (their row mappers count on it), and the one way to prefix a list
/// with a table alias when a read joins tables.
/// </summary>
public static class StoreColumns
{
    public const string Users = "user_id, aad_object_id, tenant_id, display_name, unit, locale, locale_chosen, created_at";

    public const string Sessions =
        "session_id, user_id, kind, question_ids, content_version, locale, topic_id, started_at, completed_at";

    public const string Answers = "session_id, user_id, question_id, topic_id, option_id, grade, content_version, answered_at";

    /// <summary>"a, b" with alias "t" gives "t.a, t.b".</summary>
    public static string Qualified(string columns, string alias)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return string.Join(", ", columns.Split(", ").Select(column => $"{alias}.{column}"));
    }
}
