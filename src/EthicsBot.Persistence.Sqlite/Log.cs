namespace EthicsBot.Persistence.Sqlite;

using Microsoft.Extensions.Logging;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Applied database migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, int version, string name);

    [LoggerMessage(2, LogLevel.Information, "Database schema is at version {Version}")]
    public static partial void SchemaReady(ILogger logger, int version);

    [LoggerMessage(3, LogLevel.Warning,
        "Database schema version {DatabaseVersion} is newer than this build knows ({CodeVersion}); a newer instance migrated it. Running on.")]
    public static partial void SchemaNewerThanCode(ILogger logger, int databaseVersion, int codeVersion);

    [LoggerMessage(4, LogLevel.Warning, "Database health check failed (SQLite error {ErrorCode})")]
    public static partial void HealthCheckFailed(ILogger logger, Exception exception, int errorCode);

    [LoggerMessage(5, LogLevel.Warning, "Database health probe read back another token: the file at the path is not the one the open connections write to; connections are reopened")]
    public static partial void HealthProbeMismatch(ILogger logger);
}
