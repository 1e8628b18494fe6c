namespace EthicsBot.Persistence.Sqlite;

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

internal sealed class SqliteDatabaseHealth(SqliteDatabase database, ILogger<SqliteDatabaseHealth> logger) : IDatabaseHealth
{
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var command = connection.Command("SELECT 1");
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
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
