namespace EthicsBot.Persistence.Daily;

using System.Runtime.CompilerServices;
using EthicsBot.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

internal sealed partial class SqliteDeliveryStore
{
    private const int PageSize = 1000;
    private const string Columns = """
        user_id, local_date, status, attempts, next_attempt_at, lease_owner, lease_until,
        created_at, sent_at, last_error, session_id, reminder_sent_at, answered_at
        """;

    public async Task<DeliveryDayStatus> GetStatusAsync(DateOnly localDate, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT COUNT(*),
                   COALESCE(SUM(status = 'sent'), 0),
                   COALESCE(SUM(status IN ('pending', 'claimed')), 0),
                   COALESCE(SUM(status = 'failed'), 0),
                   COALESCE(SUM(status = 'unreachable'), 0),
                   COALESCE(SUM(answered_at IS NOT NULL), 0),
                   COALESCE(SUM(reminder_sent_at IS NOT NULL), 0)
            FROM deliveries WHERE local_date = @date;
            SELECT user_id FROM deliveries WHERE local_date = @date AND status = 'unreachable' ORDER BY user_id;
            """);
        command.Parameters.AddValue("@date", SqliteValues.Date(localDate));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        int[] counts = [.. Enumerable.Range(0, 7).Select(reader.GetInt32)];
        await reader.NextResultAsync(cancellationToken);
        var unreachable = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            unreachable.Add(reader.GetString(0));
        }

        return new DeliveryDayStatus
        {
            LocalDate = localDate,
            Due = counts[0],
            Sent = counts[1],
            Pending = counts[2],
            Failed = counts[3],
            Unreachable = counts[4],
            Answered = counts[5],
            Reminded = counts[6],
            UnreachableUserIds = unreachable,
        };
    }

    public async Task<DeliveryRecord?> GetAsync(string userId, DateOnly localDate, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {Columns} FROM deliveries WHERE user_id = @user AND local_date = @date");
        AddKey(command, userId, localDate);
        var rows = await ReadAllAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<int> CountConsecutiveUnansweredAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT COUNT(*) FROM deliveries
            WHERE user_id = @user AND status = 'sent' AND answered_at IS NULL
              AND local_date > COALESCE(
                  (SELECT MAX(local_date) FROM deliveries WHERE user_id = @user AND answered_at IS NOT NULL), '')
            """);
        command.Parameters.AddValue("@user", userId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async IAsyncEnumerable<DeliveryRecord> ListAwaitingReminderAsync(
        DateOnly localDate, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = string.Empty;
        while (true)
        {
            IReadOnlyList<DeliveryRecord> page;
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                await using var command = connection.Command($"""
                    SELECT {Columns} FROM deliveries
                    WHERE local_date = @date AND user_id > @after
                      AND status = 'sent' AND answered_at IS NULL AND reminder_sent_at IS NULL
                    ORDER BY user_id
                    LIMIT @limit
                    """);
                command.Parameters.AddValue("@date", SqliteValues.Date(localDate));
                command.Parameters.AddValue("@after", after);
                command.Parameters.AddValue("@limit", PageSize);
                page = await ReadAllAsync(command, cancellationToken);
            }

            foreach (var delivery in page)
            {
                yield return delivery;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].UserId;
        }
    }

    private static async Task<IReadOnlyList<DeliveryRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DeliveryRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DeliveryRecord
            {
                UserId = reader.GetString(0),
                LocalDate = reader.GetDate(1),
                Status = reader.GetEnum<DeliveryStatus>(2),
                Attempts = reader.GetInt32(3),
                NextAttemptAt = reader.GetInstant(4),
                LeaseOwner = reader.GetNullableString(5),
                LeaseUntil = reader.GetNullableInstant(6),
                CreatedAt = reader.GetInstant(7),
                SentAt = reader.GetNullableInstant(8),
                LastError = reader.GetNullableString(9),
                SessionId = reader.GetNullableString(10),
                ReminderSentAt = reader.GetNullableInstant(11),
                AnsweredAt = reader.GetNullableInstant(12),
            });
        }

        return rows;
    }
}
