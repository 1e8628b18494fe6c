namespace EthicsBot.Persistence.Daily;

using System.Runtime.CompilerServices;
using EthicsBot.Domain.Daily;
using EthicsBot.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

internal sealed class SqliteDailySubscriptionStore(SqliteDatabase database) : IDailySubscriptionStore
{
    private const int PageSize = 1000;
    private static readonly DailySettings Defaults = new();

    public async Task<DailySubscription?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT user_id, enabled, deliver_at, time_zone, paused_until, auto_paused, unreachable, unreachable_reason, unreachable_at
            FROM daily_subscriptions WHERE user_id = @user
            """);
        command.Parameters.AddValue("@user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new DailySubscription
            {
                UserId = reader.GetString(0),
                Settings = ReadSettings(reader, 1),
                SettingsSaved = true,
                Unreachable = reader.GetFlag(6),
                UnreachableReason = reader.GetNullableString(7),
                UnreachableAt = reader.GetNullableInstant(8),
            }
            : null;
    }

    public async Task UpsertAsync(string userId, DailySettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(settings);
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO daily_subscriptions (user_id, enabled, deliver_at, time_zone, paused_until, auto_paused)
            VALUES (@user, @enabled, @deliverAt, @zone, @pausedUntil, @autoPaused)
            ON CONFLICT (user_id) DO UPDATE SET
                enabled = excluded.enabled, deliver_at = excluded.deliver_at, time_zone = excluded.time_zone,
                paused_until = excluded.paused_until, auto_paused = excluded.auto_paused
            """);
        command.Parameters.AddValue("@user", userId);
        AddSettings(command, settings);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkUnreachableAsync(string userId, string reason, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO daily_subscriptions (user_id, enabled, deliver_at, time_zone, paused_until, auto_paused, unreachable, unreachable_reason, unreachable_at)
            VALUES (@user, @enabled, @deliverAt, @zone, @pausedUntil, @autoPaused, 1, @reason, @at)
            ON CONFLICT (user_id) DO UPDATE SET
                unreachable = 1, unreachable_reason = excluded.unreachable_reason, unreachable_at = excluded.unreachable_at
            """);
        command.Parameters.AddValue("@user", userId);
        AddSettings(command, Defaults);
        command.Parameters.AddValue("@reason", reason);
        command.Parameters.AddValue("@at", SqliteValues.Instant(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> ClearUnreachableAsync(string userId, CancellationToken cancellationToken = default)
    {
        // Called on every turn of a personal chat, and almost always there is nothing to clear: a read answers that
        // without taking the process's write turn or SQLite's write lock.
        await using (var reader = await database.OpenAsync(cancellationToken))
        await using (var check = reader.Command("SELECT 1 FROM daily_subscriptions WHERE user_id = @user AND unreachable = 1"))
        {
            check.Parameters.AddValue("@user", userId);
            if (await check.ExecuteScalarAsync(cancellationToken) is null)
            {
                return false;
            }
        }

        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command("""
            UPDATE daily_subscriptions SET unreachable = 0, unreachable_reason = NULL, unreachable_at = NULL
            WHERE user_id = @user AND unreachable = 1
            """);
        command.Parameters.AddValue("@user", userId);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async IAsyncEnumerable<DailySubscription> ListSubscribedAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = string.Empty;
        while (true)
        {
            var page = await ReadPageAsync(after, cancellationToken);
            foreach (var subscription in page)
            {
                yield return subscription;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].UserId;
        }
    }

    private async Task<List<DailySubscription>> ReadPageAsync(string after, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT c.user_id, s.enabled, s.deliver_at, s.time_zone, s.paused_until, s.auto_paused
            FROM conversation_references c
            LEFT JOIN daily_subscriptions s ON s.user_id = c.user_id
            WHERE c.user_id > @after
              AND COALESCE(s.enabled, 1) = 1 AND COALESCE(s.auto_paused, 0) = 0 AND COALESCE(s.unreachable, 0) = 0
            ORDER BY c.user_id
            LIMIT @limit
            """);
        command.Parameters.AddValue("@after", after);
        command.Parameters.AddValue("@limit", PageSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var page = new List<DailySubscription>(PageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new DailySubscription
            {
                UserId = reader.GetString(0),
                Settings = reader.IsDBNull(1) ? Defaults : ReadSettings(reader, 1),
                SettingsSaved = !reader.IsDBNull(1),
            });
        }

        return page;
    }

    /// <summary>Reads enabled, deliver_at, time_zone, paused_until, auto_paused starting at <paramref name="first"/>.</summary>
    private static DailySettings ReadSettings(SqliteDataReader reader, int first) => new()
    {
        Enabled = reader.GetFlag(first),
        DeliverAt = reader.GetTime(first + 1),
        TimeZone = reader.GetString(first + 2),
        PausedUntil = reader.GetNullableDate(first + 3),
        AutoPaused = reader.GetFlag(first + 4),
    };

    private static void AddSettings(SqliteCommand command, DailySettings settings)
    {
        command.Parameters.AddValue("@enabled", SqliteValues.Flag(settings.Enabled));
        command.Parameters.AddValue("@deliverAt", SqliteValues.Time(settings.DeliverAt));
        command.Parameters.AddValue("@zone", settings.TimeZone);
        command.Parameters.AddValue("@pausedUntil", SqliteValues.Date(settings.PausedUntil));
        command.Parameters.AddValue("@autoPaused", SqliteValues.Flag(settings.AutoPaused));
    }
}
