namespace EthicsBot.Persistence.Reports;

using System.Globalization;
using System.Text.Json;
using EthicsBot.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

internal sealed class SqliteReportStore(SqliteDatabase database) : IReportStore
{
    // Streaks are only bucketed up to "10 or more" workdays; 45 days hold at least 10 workdays even around Tết, so a
    // longer look-back would change no bucket (it read 200,000 rows instead of 30,000 for 5,000 users).
    private const int StreakLookBackDays = 45;

    public async Task<GroupFigures> ReadAsync(IReadOnlyCollection<string> unitIds, ReportRange range, int mostMissed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        ArgumentNullException.ThrowIfNull(range);
        await using var connection = await database.OpenAsync(cancellationToken);
        var units = JsonSerializer.Serialize(unitIds);
        await using (var gather = Command(connection, ReportSql.Gather, units, range))
        {
            await gather.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            return await ReadGatheredAsync(connection, units, range, mostMissed, cancellationToken);
        }
        finally
        {
            // The connection goes back to the pool; its temporary tables must not go with it.
            await using var drop = connection.Command(ReportSql.Drop);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static async Task<GroupFigures> ReadGatheredAsync(SqliteConnection connection, string units, ReportRange range, int mostMissed, CancellationToken cancellationToken)
    {
        int people, enrolled, active, answers, correct, sent, answered;
        await using (var totals = Command(connection, ReportSql.Totals, units, range))
        await using (var reader = await totals.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (people, enrolled, active, answers, correct, sent, answered) =
                (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6));
        }

        var topics = await ListAsync(connection, ReportSql.Topics, units, range, r => new TopicFigures(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken);
        var missed = await ListAsync(connection, ReportSql.MostMissed, units, range, r =>
            new QuestionFigures(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), cancellationToken, mostMissed);
        var weeks = await ListAsync(connection, ReportSql.Weeks, units, range, r => new WeekFigures(r.GetDate(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken);
        var days = await ListAsync(connection, ReportSql.ActiveDays, units, range, r => (User: r.GetString(0), Day: r.GetDate(1)), cancellationToken);

        return new GroupFigures
        {
            People = people,
            Enrolled = enrolled,
            Active = active,
            Answers = answers,
            Correct = correct,
            Topics = topics,
            MostMissed = missed,
            DailySent = sent,
            DailyAnswered = answered,
            Weeks = weeks,
            ActiveDays = [.. days.GroupBy(d => d.User, StringComparer.Ordinal).Select(g => (IReadOnlyList<DateOnly>)[.. g.Select(d => d.Day)])],
        };
    }

    public async Task<IReadOnlyDictionary<string, GroupTotals>> ReadTotalsAsync(
        IReadOnlyDictionary<string, string> unitToGroup, ReportRange range, IReadOnlyCollection<string>? topics = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitToGroup);
        ArgumentNullException.ThrowIfNull(range);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, ReportSql.GroupTotals, "[]", range);
        command.Parameters.AddValue("@groups", JsonSerializer.Serialize(unitToGroup));
        command.Parameters.AddValue("@topics", topics is null ? null : JsonSerializer.Serialize(topics));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var totals = new Dictionary<string, GroupTotals>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            totals[reader.GetString(0)] = new GroupTotals(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
        }

        return totals;
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlySet<int>>> MembersByUnitAsync(ReportRange range, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(range);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await ListAsync(connection, ReportSql.Members, "[]", range, r => (Unit: r.GetString(0), Person: r.GetInt32(1)), cancellationToken);
        return rows.GroupBy(r => r.Unit, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<int>)g.Select(r => r.Person).ToHashSet(), StringComparer.Ordinal);
    }

    private static async Task<List<T>> ListAsync<T>(
        SqliteConnection connection, string sql, string units, ReportRange range, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, int limit = 0)
    {
        await using var command = Command(connection, sql, units, range);
        command.Parameters.AddValue("@limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(read(reader));
        }

        return list;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string units, ReportRange range)
    {
        var command = connection.Command(sql);
        var start = new DateTimeOffset(range.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - range.UtcOffset;
        var end = new DateTimeOffset(range.To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - range.UtcOffset;
        command.Parameters.AddValue("@units", units);
        command.Parameters.AddValue("@from", SqliteValues.Date(range.From));
        command.Parameters.AddValue("@to", SqliteValues.Date(range.To));
        command.Parameters.AddValue("@from_utc", SqliteValues.Instant(start));
        command.Parameters.AddValue("@to_utc", SqliteValues.Instant(end));
        command.Parameters.AddValue("@streak_from_utc", SqliteValues.Instant(end.AddDays(-StreakLookBackDays)));
        command.Parameters.AddValue("@offset", string.Create(CultureInfo.InvariantCulture, $"{range.UtcOffset.TotalMinutes:+0;-0} minutes"));
        return command;
    }
}
