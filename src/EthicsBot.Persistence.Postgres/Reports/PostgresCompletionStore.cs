namespace EthicsBot.Persistence.Reports;

using EthicsBot.Persistence.Postgres;

/// <summary>The SQLite store's queries in PostgreSQL: arrays instead of JSON lists, an interval for the local day.</summary>
internal sealed class PostgresCompletionStore(PostgresDatabase database) : ICompletionStore
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
            WHERE m.unit_id = ANY(@units)
            ORDER BY m.unit_id, u.display_name COLLATE "C", m.user_id
            """);
        command.Parameters.AddValue("@day", day);
        command.Parameters.AddValue("@units", unitIds.ToArray());
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
            SELECT user_id, ((answered_at AT TIME ZONE 'UTC') + @offset)::date, question_id FROM answers
            WHERE user_id = ANY(@users) AND grade <> 'Wrong' AND answered_at >= @from_utc AND answered_at < @to_utc
            """);
        command.Parameters.AddValue("@users", userIds.ToArray());
        command.Parameters.AddValue("@offset", utcOffset);
        command.Parameters.AddValue("@from_utc", new DateTimeOffset(fromDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - utcOffset);
        command.Parameters.AddValue("@to_utc", new DateTimeOffset(toDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - utcOffset);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var answers = new List<CompletionAnswer>();
        while (await reader.ReadAsync(cancellationToken))
        {
            answers.Add(new CompletionAnswer(reader.GetString(0), reader.GetDate(1), reader.GetString(2)));
        }

        return answers;
    }
}
