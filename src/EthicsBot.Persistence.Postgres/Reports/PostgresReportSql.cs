namespace EthicsBot.Persistence.Reports;

/// <summary>
/// SQLite's report SQL (see ReportSql there) in PostgreSQL: unit lists as arrays, the local day as
/// (instant at UTC + offset)::date, open membership ends as ±infinity dates, weeks from date_trunc (Monday).
/// </summary>
internal static class PostgresReportSql
{
    private const string Periods = """
        WITH periods AS (
            SELECT user_id, unit_id,
                   CASE WHEN LAG(from_date) OVER w IS NULL THEN '-infinity'::date ELSE from_date END AS start_date,
                   COALESCE(LEAD(from_date) OVER w, 'infinity'::date) AS end_date
            FROM unit_memberships
            WINDOW w AS (PARTITION BY user_id ORDER BY from_date)
        )
        """;

    private const string LocalDay = "((a.answered_at AT TIME ZONE 'UTC') + @offset)::date";

    public const string Drop = "DROP TABLE IF EXISTS pg_temp.report_grp; DROP TABLE IF EXISTS pg_temp.report_ga;";

    public const string Gather = Drop + "CREATE TEMP TABLE report_grp AS " + Periods + """
        SELECT * FROM periods WHERE unit_id = ANY(@units);
        CREATE TEMP TABLE report_ga AS
        SELECT user_id, topic_id, question_id, correct, day FROM (
            SELECT a.user_id, a.topic_id, a.question_id, (a.grade <> 'Wrong')::int AS correct,
        """ + LocalDay + """
             AS day, p.start_date, p.end_date
            FROM report_grp p JOIN answers a ON a.user_id = p.user_id
            WHERE a.answered_at >= @from_utc AND a.answered_at < @to_utc) x
        WHERE day >= start_date AND day < end_date;
        """;

    public const string Totals = """
        SELECT
            (SELECT COUNT(DISTINCT user_id) FROM report_grp WHERE start_date <= @to AND end_date > @from)::int,
            (SELECT COUNT(DISTINCT user_id) FROM report_grp WHERE start_date <= @to AND end_date > @to)::int,
            (SELECT COUNT(DISTINCT user_id) FROM report_ga)::int,
            (SELECT COUNT(*) FROM report_ga)::int,
            (SELECT COALESCE(SUM(correct), 0) FROM report_ga)::int,
            (SELECT COUNT(*) FROM deliveries d JOIN report_grp p ON p.user_id = d.user_id AND d.local_date >= p.start_date AND d.local_date < p.end_date
             WHERE d.local_date BETWEEN @from AND @to AND d.sent_at IS NOT NULL)::int,
            (SELECT COUNT(*) FROM deliveries d JOIN report_grp p ON p.user_id = d.user_id AND d.local_date >= p.start_date AND d.local_date < p.end_date
             WHERE d.local_date BETWEEN @from AND @to AND d.sent_at IS NOT NULL AND d.answered_at IS NOT NULL)::int
        """;

    public const string Topics = """
        SELECT topic_id, COUNT(*)::int, SUM(correct)::int, COUNT(DISTINCT user_id)::int FROM report_ga GROUP BY topic_id ORDER BY topic_id COLLATE "C"
        """;

    public const string MostMissed = """
        SELECT question_id, MIN(topic_id), COUNT(*)::int, SUM(1 - correct)::int AS wrong, COUNT(DISTINCT user_id)::int FROM report_ga
        GROUP BY question_id HAVING SUM(1 - correct) > 0 ORDER BY wrong DESC, question_id LIMIT @limit
        """;

    public const string Weeks = """
        SELECT date_trunc('week', day)::date AS week, COUNT(DISTINCT user_id)::int, COUNT(*)::int, SUM(correct)::int FROM report_ga
        GROUP BY week ORDER BY week
        """;

    public const string ActiveDays = """
        SELECT DISTINCT a.user_id,
        """ + LocalDay + """
         AS day
        FROM (SELECT DISTINCT user_id FROM report_grp WHERE start_date <= @to AND end_date > @to) m JOIN answers a ON a.user_id = m.user_id
        WHERE a.answered_at >= @streak_from_utc AND a.answered_at < @to_utc
        ORDER BY a.user_id, day
        """;

    public const string GroupTotals = Periods + """
        ,
        groups AS (SELECT * FROM unnest(@group_units, @group_names) AS g(unit_id, grp)),
        gp AS MATERIALIZED (
            SELECT p.*, g.grp FROM periods p JOIN groups g ON g.unit_id = p.unit_id
        ),
        ga AS MATERIALIZED (
            SELECT grp, user_id, correct FROM (
                SELECT p.grp, a.user_id, (a.grade <> 'Wrong')::int AS correct,
        """ + LocalDay + """
                 AS day, p.start_date, p.end_date
                FROM gp p JOIN answers a ON a.user_id = p.user_id
                WHERE a.answered_at >= @from_utc AND a.answered_at < @to_utc
                    AND (@topics::text[] IS NULL OR a.topic_id = ANY(@topics::text[]))) x
            WHERE day >= start_date AND day < end_date
        ),
        enrolled AS (SELECT grp, COUNT(DISTINCT user_id) AS n FROM gp WHERE start_date <= @to AND end_date > @to GROUP BY grp),
        activity AS (SELECT grp, COUNT(DISTINCT user_id) AS active, COUNT(*) AS answers, SUM(correct) AS correct FROM ga GROUP BY grp)
        SELECT g.grp, COALESCE(e.n, 0)::int, COALESCE(a.active, 0)::int, COALESCE(a.answers, 0)::int, COALESCE(a.correct, 0)::int
        FROM (SELECT DISTINCT grp FROM groups) g
        LEFT JOIN enrolled e ON e.grp = g.grp LEFT JOIN activity a ON a.grp = g.grp
        """;

    public const string Members = Periods + """
        SELECT DISTINCT unit_id, (DENSE_RANK() OVER (ORDER BY user_id))::int FROM periods WHERE start_date <= @to AND end_date > @from
        """;
}
