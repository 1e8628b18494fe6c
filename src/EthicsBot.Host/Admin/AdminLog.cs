namespace EthicsBot.Host.Admin;

/// <summary>The admin API's log messages (event ids 200–249). Paths, key names and ids only.</summary>
internal static partial class AdminLog
{
    [LoggerMessage(200, LogLevel.Warning, "Admin API {Path}: the database is unavailable")]
    public static partial void DatabaseUnavailable(ILogger logger, Exception exception, string path);

    [LoggerMessage(201, LogLevel.Error, "Admin API {Path} failed (trace {TraceId})")]
    public static partial void ActionFailed(ILogger logger, Exception exception, string path, string traceId);

    [LoggerMessage(202, LogLevel.Error, "Audit entry for {Action} by key {KeyName} could not be written")]
    public static partial void AuditWriteFailed(ILogger logger, Exception exception, string action, string keyName);

    [LoggerMessage(203, LogLevel.Information, "Admin API on: {KeyCount} keys, {FeatureCount} features")]
    public static partial void Enabled(ILogger logger, int keyCount, int featureCount);

    [LoggerMessage(204, LogLevel.Information, "Watching the content folder {Directory} for changes")]
    public static partial void WatchingContent(ILogger logger, string directory);

    [LoggerMessage(205, LogLevel.Warning, "Could not read learners' reports to refresh the quarantine; the last set stays")]
    public static partial void QuarantineRefreshFailed(ILogger logger, Exception exception);
}
