namespace EthicsBot.Persistence.Reports;

/// <summary>The SQL of the reports. Every query starts from the same dated membership periods.</summary>
internal static class ReportSql
{
    /// <summary>
    /// One row per membership with its local-date span [start_date, end_date): a membership lasts until the user's next
    /// one starts, and a user's first membership also covers the days before it (practice before they picked a unit).
    /// </summary>
    private const string Periods = """
        WITH periods AS (
            SELECT user_id, unit_id,
                   CASE WHEN LAG(from_date) OVER w IS NULL THEN '0000-01-01' ELSE from_date END AS start_date,
                   COALESCE(LEAD(from_date) OVER w, '9999-12-31') AS end_date
            FROM unit_memberships
            WINDOW w AS (PARTITION BY user_id ORDER BY from_date)
        ),
        grp AS (SELECT * FROM periods WHERE unit_id IN (SELECT value FROM json_each(@units))),
        ga AS (
            SELECT a.user_id, a.topic_id, a.question_id, a.grade <> 'Wrong' AS correct, a.day
            FROM (SELECT user_id, topic_id, question_id, grade, date(answered_at, @offset) AS day
                  FROM answers WHERE answered_at >= @from_utc AND answered_at < @to_utc) a
            JOIN grp p ON p.user_id = a.user_id AND a.day >= p.start_date AND a.day < p.end_date
        )
        """;

    public const string Totals = Periods + """
        SELECT
            (SELECT COUNT(DISTINCT user_id) FROM grp WHERE start_date <= @to AND end_date > @from),
            (SELECT COUNT(DISTINCT user_id) FROM grp WHERE start_date <= @to AND end_date > @to),
            (SELECT COUNT(DISTINCT user_id) FROM ga),
            (SELECT COUNT(*) FROM ga),
            (SELECT COALESCE(SUM(correct), 0) FROM ga),
            (SELECT COUNT(*) FROM deliveries d JOIN grp p ON p.user_id = d.user_id AND d.local_date >= p.start_date AND d.local_date < p.end_date
             WHERE d.local_date BETWEEN @from AND @to AND d.sent_at IS NOT NULL),
            (SELECT COUNT(*) FROM deliveries d JOIN grp p ON p.user_id = d.user_id AND d.local_date >= p.start_date AND d.local_date < p.end_date
             WHERE d.local_date BETWEEN @from AND @to AND d.sent_at IS NOT NULL AND d.answered_at IS NOT NULL)
        """;

    public const string Topics = Periods + """
        SELECT topic_id, COUNT(*), SUM(correct), COUNT(DISTINCT user_id) FROM ga GROUP BY topic_id ORDER BY topic_id
        """;

    public const string MostMissed = Periods + """
        SELECT question_id, MIN(topic_id), COUNT(*), SUM(1 - correct) AS wrong, COUNT(DISTINCT user_id) FROM ga
        GROUP BY question_id HAVING wrong > 0 ORDER BY wrong DESC, question_id LIMIT @limit
        """;

    // date(day, '-6 days', 'weekday 1') is the Monday on or before the day.
    public const string Weeks = Periods + """
        SELECT date(day, '-6 days', 'weekday 1') AS week, COUNT(DISTINCT user_id), COUNT(*), SUM(correct) FROM ga
        GROUP BY week ORDER BY week
        """;

    /// <summary>Days each member at the end of the range answered anything, for the streak buckets; ordered by person.</summary>
    public const string ActiveDays = Periods + """
        SELECT DISTINCT a.user_id, date(a.answered_at, @offset) AS day
        FROM answers a JOIN (SELECT DISTINCT user_id FROM grp WHERE start_date <= @to AND end_date > @to) m ON m.user_id = a.user_id
        WHERE a.answered_at >= @streak_from_utc AND a.answered_at < @to_utc
        ORDER BY a.user_id, day
        """;

    public const string Members = """
        WITH periods AS (
            SELECT user_id, unit_id,
                   CASE WHEN LAG(from_date) OVER w IS NULL THEN '0000-01-01' ELSE from_date END AS start_date,
                   COALESCE(LEAD(from_date) OVER w, '9999-12-31') AS end_date
            FROM unit_memberships
            WINDOW w AS (PARTITION BY user_id ORDER BY from_date)
        )
        SELECT DISTINCT unit_id, DENSE_RANK() OVER (ORDER BY user_id) FROM periods WHERE start_date <= @to AND end_date > @from
        """;
}
