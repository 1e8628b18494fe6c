namespace EthicsBot.Persistence.Daily;

using EthicsBot.Persistence.Postgres;
using Npgsql;
using NpgsqlTypes;

/// <summary>State changes of deliveries, with the guarantees of <see cref="IDeliveryStore"/>; the reads are in PostgresDeliveryStore.Queries.cs.</summary>
internal sealed partial class PostgresDeliveryStore(PostgresDatabase database) : IDeliveryStore
{
    // SET expressions read the row as it was before the update, so status in the CASEs is the old status.
    private const string AnsweredUpdate = """
        UPDATE deliveries
        SET answered_at = @at,
            status = CASE WHEN status IN ('pending', 'claimed', 'failed') THEN 'sent' ELSE status END,
            sent_at = CASE WHEN status IN ('pending', 'claimed', 'failed') THEN COALESCE(sent_at, @at) ELSE sent_at END,
            lease_owner = NULL, lease_until = NULL
        """;

    private const int RowsPerInsert = 5000;

    public async Task<int> EnsureDueAsync(
        IEnumerable<(string UserId, DateOnly LocalDate)> due, DateTimeOffset createdAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(due);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Rows travel as two arrays per statement, unnested by the server: a handful of round trips for 20,000 users.
        await using var command = connection.Command("""
            INSERT INTO deliveries (user_id, local_date, status, attempts, next_attempt_at, created_at)
            SELECT u, d, 'pending', 0, @at, @at FROM unnest(@users, @dates) AS t(u, d)
            ON CONFLICT (user_id, local_date) DO NOTHING
            """, transaction);
        command.Parameters.AddValue("@at", PostgresValues.Instant(createdAt));
        var users = command.Parameters.Add(new NpgsqlParameter("@users", NpgsqlDbType.Array | NpgsqlDbType.Text));
        var dates = command.Parameters.Add(new NpgsqlParameter("@dates", NpgsqlDbType.Array | NpgsqlDbType.Date));

        var inserted = 0;
        foreach (var chunk in due.Chunk(RowsPerInsert))
        {
            users.Value = Array.ConvertAll(chunk, d => d.UserId ?? throw new ArgumentException("A due delivery has no user id.", nameof(due)));
            dates.Value = Array.ConvertAll(chunk, d => d.LocalDate);
            inserted += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ClaimBatchAsync(
        string owner, int max, TimeSpan leaseFor, int maxAttempts, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseFor, TimeSpan.Zero);

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var exhausted = connection.Command("""
            UPDATE deliveries
            SET status = 'failed', last_error = 'lease expired after ' || attempts || ' attempts', lease_owner = NULL, lease_until = NULL
            WHERE status = 'claimed' AND next_attempt_at <= @now AND attempts >= @maxAttempts
            """, transaction))
        {
            exhausted.Parameters.AddValue("@now", PostgresValues.Instant(now));
            exhausted.Parameters.AddValue("@maxAttempts", maxAttempts);
            await exhausted.ExecuteNonQueryAsync(cancellationToken);
        }

        // SKIP LOCKED lets claimers of several instances pick disjoint rows without waiting on each other; a row another
        // claimer changed meanwhile is re-checked against the WHERE on its new version (now leased), so never handed out
        // twice. Rows already tried go first, as in SQLite.
        await using var claim = connection.Command($"""
            WITH picked AS (
                SELECT id FROM deliveries
                WHERE status IN ('pending', 'claimed') AND next_attempt_at <= @now
                ORDER BY attempts DESC, next_attempt_at
                LIMIT @max
                FOR UPDATE SKIP LOCKED)
            UPDATE deliveries d
            SET status = 'claimed', attempts = d.attempts + 1, lease_owner = @owner, lease_until = @until, next_attempt_at = @until
            FROM picked WHERE d.id = picked.id
            RETURNING {QualifiedColumns}
            """, transaction);
        claim.Parameters.AddValue("@owner", owner);
        claim.Parameters.AddValue("@until", PostgresValues.Instant(now + leaseFor));
        claim.Parameters.AddValue("@now", PostgresValues.Instant(now));
        claim.Parameters.AddValue("@max", max);
        var claimed = await ReadAllAsync(claim, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    public Task<bool> MarkSentAsync(string userId, DateOnly localDate, string sessionId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        UpdateOneAsync("""
            UPDATE deliveries
            SET status = 'sent', sent_at = @at, session_id = @session, lease_owner = NULL, lease_until = NULL
            WHERE user_id = @user AND local_date = @date AND status <> 'sent'
            """, userId, localDate, cancellationToken, ("@at", PostgresValues.Instant(at)), ("@session", sessionId));

    public async Task<int> MarkSentAsync(
        IReadOnlyCollection<(string UserId, DateOnly LocalDate, string SessionId)> sent, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (sent.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            UPDATE deliveries d
            SET status = 'sent', sent_at = @at, session_id = t.s, lease_owner = NULL, lease_until = NULL
            FROM unnest(@users, @dates, @sessions) AS t(u, dt, s)
            WHERE d.user_id = t.u AND d.local_date = t.dt AND d.status <> 'sent'
            """);
        command.Parameters.AddValue("@at", PostgresValues.Instant(at));
        command.Parameters.Add(new NpgsqlParameter("@users", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = sent.Select(s => s.UserId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("@dates", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = sent.Select(s => s.LocalDate).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("@sessions", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = sent.Select(s => s.SessionId).ToArray() });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<DeliveryStatus?> MarkFailedAsync(
        string userId, DateOnly localDate, string error, bool retryable, DateTimeOffset retryAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            UPDATE deliveries
            SET status = CASE WHEN @retryable THEN 'pending' ELSE 'failed' END,
                next_attempt_at = @retryAt, last_error = @error, lease_owner = NULL, lease_until = NULL
            WHERE user_id = @user AND local_date = @date AND status = 'claimed'
            RETURNING status
            """);
        AddKey(command, userId, localDate);
        command.Parameters.AddValue("@retryable", retryable);
        command.Parameters.AddValue("@retryAt", PostgresValues.Instant(retryAt));
        command.Parameters.AddValue("@error", error);
        return await command.ExecuteScalarAsync(cancellationToken) is string status
            ? Enum.Parse<DeliveryStatus>(status, ignoreCase: true)
            : null;
    }

    public Task<bool> MarkUnreachableAsync(string userId, DateOnly localDate, string reason, CancellationToken cancellationToken = default) =>
        UpdateOneAsync("""
            UPDATE deliveries
            SET status = 'unreachable', last_error = @reason, lease_owner = NULL, lease_until = NULL
            WHERE user_id = @user AND local_date = @date AND status <> 'sent'
            """, userId, localDate, cancellationToken, ("@reason", reason));

    public Task<bool> MarkAnsweredAsync(string userId, DateOnly localDate, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        UpdateOneAsync($"{AnsweredUpdate} WHERE user_id = @user AND local_date = @date AND answered_at IS NULL",
            userId, localDate, cancellationToken, ("@at", PostgresValues.Instant(at)));

    public async Task<bool> MarkSessionAnsweredAsync(string sessionId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"{AnsweredUpdate} WHERE session_id = @session AND answered_at IS NULL");
        command.Parameters.AddValue("@session", sessionId);
        command.Parameters.AddValue("@at", PostgresValues.Instant(at));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public Task<bool> MarkReminderSentAsync(string userId, DateOnly localDate, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        UpdateOneAsync("""
            UPDATE deliveries SET reminder_sent_at = @at
            WHERE user_id = @user AND local_date = @date AND status = 'sent' AND reminder_sent_at IS NULL
            """, userId, localDate, cancellationToken, ("@at", PostgresValues.Instant(at)));

    private async Task<bool> UpdateOneAsync(
        string sql, string userId, DateOnly localDate, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql);
        AddKey(command, userId, localDate);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void AddKey(NpgsqlCommand command, string userId, DateOnly localDate)
    {
        command.Parameters.AddValue("@user", userId);
        command.Parameters.AddValue("@date", localDate);
    }
}
