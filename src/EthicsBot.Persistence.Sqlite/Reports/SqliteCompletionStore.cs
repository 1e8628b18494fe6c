namespace EthicsBot.Persistence.Reports;

using System.Globalization;
using System.Text.Json;
using EthicsBot.Persistence.Sqlite;

internal sealed class SqliteCompletionStore(SqliteDatabase database) : ICompletionStore
{
    public async Task<IReadOnlyList<CompletionMember>> MembersAsync(IReadOnlyCollection<string> unitIds, DateOnly day, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            WITH current AS (
                SELECT user_id, unit_id, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY from_date DESC) AS n
                FROM unit_memberships WHERE from_date <= @day
            ),
            first AS (
                SELECT user_id, unit_id, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY from_date) AS n FROM unit_memberships
            )
            SELECT m.user_id, u.display_name, m.unit_id
            FROM (SELECT user_id, unit_id FROM current WHERE n = 1
                  UNION ALL
                  SELECT f.user_id, f.unit_id FROM first f WHERE f.n = 1 AND NOT EXISTS (SELECT 1 FROM current c WHERE c.user_id = f.user_id)) m
            LEFT JOIN users u ON u.user_id = m.user_id
            WHERE m.unit_id IN (SELECT value FROM json_each(@units))
            ORDER BY m.unit_id, u.display_name, m.user_id
            """);
        command.Parameters.AddValue("@day", SqliteValues.Date(day));
        command.Parameters.AddValue("@units", JsonSerializer.Serialize(unitIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var members = new List<CompletionMember>();
        while (await reader.ReadAsync(cancellationToken))
        {
            members.Add(new CompletionMember(reader.GetString(0), reader.GetNullableString(1), reader.GetString(2)));
        }

        return members;
    }

    public async Task<IReadOnlyList<CompletionAnswer>> RightAnswersAsync(
        IReadOnlyCollection<string> userIds, DateOnly fromDay, DateOnly toDay, TimeSpan utcOffset, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT user_id, date(answered_at, @offset), question_id FROM answers
            WHERE user_id IN (SELECT value FROM json_each(@users)) AND grade <> 'Wrong'
              AND answered_at >= @from_utc AND answered_at < @to_utc
            """);
        command.Parameters.AddValue("@users", JsonSerializer.Serialize(userIds));
        command.Parameters.AddValue("@offset", string.Create(CultureInfo.InvariantCulture, $"{utcOffset.TotalMinutes:+0;-0} minutes"));
        command.Parameters.AddValue("@from_utc", SqliteValues.Instant(new DateTimeOffset(fromDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - utcOffset));
        command.Parameters.AddValue("@to_utc", SqliteValues.Instant(new DateTimeOffset(toDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - utcOffset));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var answers = new List<CompletionAnswer>();
        while (await reader.ReadAsync(cancellationToken))
        {
            answers.Add(new CompletionAnswer(reader.GetString(0), reader.GetDate(1), reader.GetString(2)));
        }

        return answers;
    }
}
