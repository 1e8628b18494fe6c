namespace EthicsBot.Persistence.Postgres;

using Microsoft.Extensions.Logging;
using Npgsql;

/// <summary>
/// Writes a fresh token into the probe row and reads it back in the same statement: the server accepts writes
/// (not only reads from a standby). A failure drops the pool, so turns reconnect once the server is back.
/// </summary>
internal sealed class PostgresDatabaseHealth(PostgresDatabase database, TimeProvider time, ILogger<PostgresDatabaseHealth> logger) : IDatabaseHealth
{
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var token = Guid.NewGuid().ToString("N");
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.Command("""
                INSERT INTO health_probe (id, token, written_at) VALUES (1, @token, @at)
                ON CONFLICT (id) DO UPDATE SET token = excluded.token, written_at = excluded.written_at
                RETURNING token
                """);
            command.Parameters.AddValue("@token", token);
            command.Parameters.AddValue("@at", PostgresValues.Instant(time.GetUtcNow()));
            return await command.ExecuteScalarAsync(cancellationToken) as string == token;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            PostgresLog.HealthCheckFailed(logger, ex, (ex as PostgresException)?.SqlState);
            database.ClearPool();
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
