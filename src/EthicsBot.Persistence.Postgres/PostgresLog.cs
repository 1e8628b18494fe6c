namespace EthicsBot.Persistence.Postgres;

using Microsoft.Extensions.Logging;

internal static partial class PostgresLog
{
    [LoggerMessage(101, LogLevel.Information, "Applied PostgreSQL migration {Version} ({Name})")]
    public static partial void MigrationApplied(ILogger logger, int version, string name);

    [LoggerMessage(102, LogLevel.Information, "PostgreSQL schema is at version {Version}")]
    public static partial void SchemaReady(ILogger logger, int version);

    [LoggerMessage(103, LogLevel.Warning,
        "PostgreSQL schema version {DatabaseVersion} is newer than this build knows ({CodeVersion}); a newer instance migrated it. Running on.")]
    public static partial void SchemaNewerThanCode(ILogger logger, int databaseVersion, int codeVersion);

    [LoggerMessage(104, LogLevel.Warning, "PostgreSQL health check failed ({SqlState})")]
    public static partial void HealthCheckFailed(ILogger logger, Exception exception, string? sqlState);
}
