namespace EthicsBot.Persistence.Sqlite;

using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

/// <summary>
/// Writes a fresh token into the probe row through a new, unpooled connection that will not create a missing file,
/// and reads it back through the pool (the connections turns use). A deleted, truncated or unreadable file fails the
/// write; a replaced one makes the pool read another token (it still reads the file no longer at the path).
/// A failure clears the pool, so turns reopen the file as it now is; once it is back they work again.
/// </summary>
internal sealed class SqliteDatabaseHealth(SqliteDatabase database, TimeProvider time, ILogger<SqliteDatabaseHealth> logger) : IDatabaseHealth
{
    /// <summary>How long a probe's result is reused, so a busy health endpoint costs one probe per interval.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(1.5);

    private readonly SemaphoreSlim probing = new(1, 1);
    private (DateTimeOffset At, bool Healthy)? last;

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        if (last is { } cached && time.GetUtcNow() - cached.At < CacheFor)
        {
            return cached.Healthy;
        }

        return await CheckNowAsync(cancellationToken);
    }

    public async Task<bool> CheckNowAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await probing.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        try
        {
            var healthy = await ProbeAsync(cancellationToken);
            if (!healthy)
            {
                // Connections opened before the fault may point at a file no longer at the path; start over.
                database.ClearPool();
            }

            last = (time.GetUtcNow(), healthy);
            return healthy;
        }
        finally
        {
            probing.Release();
        }
    }

    private async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid().ToString("N");
        try
        {
            await using (var writer = await database.OpenFreshWriteAsync(cancellationToken))
            await using (var write = writer.Command("""
                INSERT INTO health_probe (id, token, written_at) VALUES (1, @token, @at)
                ON CONFLICT (id) DO UPDATE SET token = excluded.token, written_at = excluded.written_at
                """))
            {
                write.Parameters.AddValue("@token", token);
                write.Parameters.AddValue("@at", SqliteValues.Instant(time.GetUtcNow()));
                await write.ExecuteNonQueryAsync(cancellationToken);
            }

            // Turns read through the pool and through the prepared reads; a connection of either still open on a file no
            // longer at the path reads another token.
            await using var reader = await database.OpenAsync(cancellationToken);
            await using var read = reader.Command("SELECT token FROM health_probe WHERE id = 1");
            var seen = Convert.ToString(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            var seenPrepared = await database.ReadPreparedAsync("SELECT 1 FROM health_probe WHERE id = 1 AND token = @token", "@token", token,
                static async (found, ct) => await found.ReadAsync(ct), cancellationToken);
            if (seen != token || !seenPrepared)
            {
                Log.HealthProbeMismatch(logger);
                return false;
            }

            return true;
        }
        catch (SqliteException ex)
        {
            Log.HealthCheckFailed(logger, ex, ex.SqliteErrorCode);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The data folder could not be created: the path names a file, or permissions forbid it.
            Log.HealthCheckFailed(logger, ex, 0);
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false; // Not answering within the caller's deadline is unhealthy, not an error.
        }
    }
}
