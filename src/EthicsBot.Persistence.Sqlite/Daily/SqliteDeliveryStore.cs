namespace EthicsBot.Persistence.Daily;

using System.Text.Json;
using EthicsBot.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

/// <summary>State changes of deliveries; the reads are in SqliteDeliveryStore.Queries.cs.</summary>
internal sealed partial class SqliteDeliveryStore(SqliteDatabase database) : IDeliveryStore
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
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = connection.BeginWrite();
        // Rows travel as one JSON array per statement and json_each unpacks them inside SQLite: a handful of
        // statements and one commit for 20,000 users instead of 20,000 round trips through the provider.
        await using var command = connection.Command("""
            INSERT INTO deliveries (user_id, local_date, status, attempts, next_attempt_at, created_at)
            SELECT value ->> 0, value ->> 1, 'pending', 0, @at, @at FROM json_each(@rows) WHERE true
            ON CONFLICT (user_id, local_date) DO NOTHING
            """, transaction);
        command.Parameters.AddValue("@at", SqliteValues.Instant(createdAt));
        var rows = command.Parameters.Add("@rows", SqliteType.Text);

        var inserted = 0;
        foreach (var chunk in due.Chunk(RowsPerInsert))
        {
            rows.Value = JsonSerializer.Serialize(Array.ConvertAll(chunk, d =>
                new[] { d.UserId ?? throw new ArgumentException("A due delivery has no user id.", nameof(due)), SqliteValues.Date(d.LocalDate) }));
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

        await using var connection = await database.OpenWriteAsync(cancellationToken);
        // The write lock is held from BEGIN IMMEDIATE to COMMIT, so a second claimer waits and then sees these
        // rows as leased. The select and the update are one statement on top of that. Rows already tried go first:
        // otherwise a card retried after a 503 waits behind every fresh card of the push (minutes at Teams' 50/s).
        await using var transaction = connection.BeginWrite();
        await using (var exhausted = connection.Command("""
            UPDATE deliveries
            SET status = 'failed', last_error = 'lease expired after ' || attempts || ' attempts', lease_owner = NULL, lease_until = NULL
            WHERE status = 'claimed' AND next_attempt_at <= @now AND attempts >= @maxAttempts
            """, transaction))
        {
            exhausted.Parameters.AddValue("@now", SqliteValues.Instant(now));
            exhausted.Parameters.AddValue("@maxAttempts", maxAttempts);
            await exhausted.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var claim = connection.Command($"""
            UPDATE deliveries
            SET status = 'claimed', attempts = attempts + 1, lease_owner = @owner, lease_until = @until, next_attempt_at = @until
            WHERE id IN (
                SELECT id FROM deliveries
                WHERE status IN ('pending', 'claimed') AND next_attempt_at <= @now
                ORDER BY attempts DESC, next_attempt_at
                LIMIT @max)
            RETURNING {Columns}
            """, transaction);
        claim.Parameters.AddValue("@owner", owner);
        claim.Parameters.AddValue("@until", SqliteValues.Instant(now + leaseFor));
        claim.Parameters.AddValue("@now", SqliteValues.Instant(now));
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
            """, userId, localDate, cancellationToken, ("@at", SqliteValues.Instant(at)), ("@session", sessionId));

    public async Task<int> MarkSentAsync(
        IReadOnlyCollection<(string UserId, DateOnly LocalDate, string SessionId)> sent, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (sent.Count == 0)
        {
            return 0;
        }

        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = connection.BeginWrite();
        await using var command = connection.Command("""
            UPDATE deliveries
            SET status = 'sent', sent_at = @at, session_id = @session, lease_owner = NULL, lease_until = NULL
            WHERE user_id = @user AND local_date = @date AND status <> 'sent'
            """, transaction);
        command.Parameters.AddValue("@at", SqliteValues.Instant(at));
        var user = command.Parameters.Add("@user", SqliteType.Text);
        var date = command.Parameters.Add("@date", SqliteType.Text);
        var session = command.Parameters.Add("@session", SqliteType.Text);
        var changed = 0;
        foreach (var (userId, localDate, sessionId) in sent)
        {
            user.Value = userId;
            date.Value = SqliteValues.Date(localDate);
            session.Value = sessionId;
            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    public async Task<DeliveryStatus?> MarkFailedAsync(
        string userId, DateOnly localDate, string error, bool retryable, DateTimeOffset retryAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command("""
            UPDATE deliveries
            SET status = CASE WHEN @retryable = 1 THEN 'pending' ELSE 'failed' END,
                next_attempt_at = @retryAt, last_error = @error, lease_owner = NULL, lease_until = NULL
            WHERE user_id = @user AND local_date = @date AND status = 'claimed'
            RETURNING status
            """);
        AddKey(command, userId, localDate);
        command.Parameters.AddValue("@retryable", SqliteValues.Flag(retryable));
        command.Parameters.AddValue("@retryAt", SqliteValues.Instant(retryAt));
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
            userId, localDate, cancellationToken, ("@at", SqliteValues.Instant(at)));

    public async Task<bool> MarkSessionAnsweredAsync(string sessionId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command($"{AnsweredUpdate} WHERE session_id = @session AND answered_at IS NULL");
        command.Parameters.AddValue("@session", sessionId);
        command.Parameters.AddValue("@at", SqliteValues.Instant(at));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public Task<bool> MarkReminderSentAsync(string userId, DateOnly localDate, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        UpdateOneAsync("""
            UPDATE deliveries SET reminder_sent_at = @at
            WHERE user_id = @user AND local_date = @date AND status = 'sent' AND reminder_sent_at IS NULL
            """, userId, localDate, cancellationToken, ("@at", SqliteValues.Instant(at)));

    private async Task<bool> UpdateOneAsync(
        string sql, string userId, DateOnly localDate, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command(sql);
        AddKey(command, userId, localDate);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static void AddKey(SqliteCommand command, string userId, DateOnly localDate)
    {
        command.Parameters.AddValue("@user", userId);
        command.Parameters.AddValue("@date", SqliteValues.Date(localDate));
    }
}
