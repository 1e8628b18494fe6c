namespace EthicsBot.Persistence.Reports;

/// <summary>
/// The SQL of the reports. A group's report first gathers its membership periods and its answers into two temporary
/// tables (private to the connection, dropped afterwards), so the figures that follow aggregate them without
/// re-reading the answers table each time.
/// </summary>
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
        )
        """;

    public const string Drop = "DROP TABLE IF EXISTS temp.report_grp; DROP TABLE IF EXISTS temp.report_ga;";

    // CROSS JOIN keeps the group's members as the outer loop, so each reads its own answers through ix_answers_user.
    public const string Gather = Drop + "CREATE TEMP TABLE report_grp AS " + Periods + """
        SELECT * FROM periods WHERE unit_id IN (SELECT value FROM json_each(@units));
        CREATE TEMP TABLE report_ga AS
        SELECT user_id, topic_id, question_id, correct, day FROM (
            SELECT a.user_id, a.topic_id, a.question_id, a.grade <> 'Wrong' AS correct, date(a.answered_at, @offset) AS day,
                   p.start_date, p.end_date
            FROM report_grp p CROSS JOIN answers a
            WHERE a.user_id = p.user_id AND a.answered_at >= @from_utc AND a.answered_at < @to_utc)
        WHERE day >= start_date AND day < end_date;
        """;

    public const string Totals = """
        SELECT
            (SELECT COUNT(DISTINCT user_id) FROM report_grp WHERE start_date <= @to AND end_date > @from),
            (SELECT COUNT(DISTINCT user_id) FROM report_grp WHERE start_date <= @to AND end_date > @to),
            (SELECT COUNT(DISTINCT user_id) FROM report_ga),
            (SELECT COUNT(*) FROM report_ga),
            (SELECT COALESCE(SUM(correct), 0) FROM report_ga),
            (SELECT COUNT(*) FROM deliveries d JOIN report_grp p ON p.user_id = d.user_id AND d.local_date >= p.start_date AND d.local_date < p.end_date
             WHERE d.local_date BETWEEN @from AND @to AND d.sent_at IS NOT NULL),
            (SELECT COUNT(*) FROM deliveries d JOIN report_grp p ON p.user_id = d.user_id AND d.local_date >= p.start_date AND d.local_date < p.end_date
             WHERE d.local_date BETWEEN @from AND @to AND d.sent_at IS NOT NULL AND d.answered_at IS NOT NULL)
        """;

    public const string Topics = """
        SELECT topic_id, COUNT(*), SUM(correct), COUNT(DISTINCT user_id) FROM report_ga GROUP BY topic_id ORDER BY topic_id
        """;

    public const string MostMissed = """
        SELECT question_id, MIN(topic_id), COUNT(*), SUM(1 - correct) AS wrong, COUNT(DISTINCT user_id) FROM report_ga
        GROUP BY question_id HAVING wrong > 0 ORDER BY wrong DESC, question_id LIMIT @limit
        """;

    // date(day, '-6 days', 'weekday 1') is the Monday on or before the day.
    public const string Weeks = """
        SELECT date(day, '-6 days', 'weekday 1') AS week, COUNT(DISTINCT user_id), COUNT(*), SUM(correct) FROM report_ga
        GROUP BY week ORDER BY week
        """;

    /// <summary>Days each member at the end of the range answered anything, for the streak buckets; ordered by person.</summary>
    public const string ActiveDays = """
        SELECT DISTINCT a.user_id, date(a.answered_at, @offset) AS day
        FROM (SELECT DISTINCT user_id FROM report_grp WHERE start_date <= @to AND end_date > @to) m CROSS JOIN answers a
        WHERE a.user_id = m.user_id AND a.answered_at >= @streak_from_utc AND a.answered_at < @to_utc
        ORDER BY a.user_id, day
        """;

    /// <summary>Enrolled, active, answers and right answers of several groups at once; @groups maps unit id to group.</summary>
    public const string GroupTotals = Periods + """
        ,
        gp AS MATERIALIZED (
            SELECT p.*, g.value AS grp FROM periods p JOIN json_each(@groups) g ON g.key = p.unit_id
        ),
        ga AS MATERIALIZED (
            SELECT grp, user_id, correct FROM (
                SELECT p.grp, a.user_id, a.grade <> 'Wrong' AS correct, date(a.answered_at, @offset) AS day, p.start_date, p.end_date
                FROM gp p CROSS JOIN answers a
                WHERE a.user_id = p.user_id AND a.answered_at >= @from_utc AND a.answered_at < @to_utc
                    AND (@topics IS NULL OR a.topic_id IN (SELECT value FROM json_each(@topics))))
            WHERE day >= start_date AND day < end_date
        ),
        enrolled AS (SELECT grp, COUNT(DISTINCT user_id) AS n FROM gp WHERE start_date <= @to AND end_date > @to GROUP BY grp),
        activity AS (SELECT grp, COUNT(DISTINCT user_id) AS active, COUNT(*) AS answers, SUM(correct) AS correct FROM ga GROUP BY grp)
        SELECT g.grp, COALESCE(e.n, 0), COALESCE(a.active, 0), COALESCE(a.answers, 0), COALESCE(a.correct, 0)
        FROM (SELECT DISTINCT value AS grp FROM json_each(@groups)) g
        LEFT JOIN enrolled e ON e.grp = g.grp LEFT JOIN activity a ON a.grp = g.grp
        """;

    public const string Members = Periods + """
        SELECT DISTINCT unit_id, DENSE_RANK() OVER (ORDER BY user_id) FROM periods WHERE start_date <= @to AND end_date > @from
        """;
}
