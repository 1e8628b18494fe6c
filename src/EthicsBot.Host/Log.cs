namespace EthicsBot.Host;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning,
        "LOCAL ANONYMOUS MODE: no MicrosoftAppId is configured, so /api/messages accepts requests without a Bot Framework token. Use this only on a developer machine with the Agents Playground; set MicrosoftAppId and MicrosoftAppPassword for Teams.")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(2, LogLevel.Information, "Bot Framework authentication on for app {AppId} ({AppType}); requests without a valid token get 401.")]
    public static partial void AuthenticatedMode(ILogger logger, string appId, string appType);

    [LoggerMessage(3, LogLevel.Error,
        "Unhandled error in turn: activity {ActivityId} ({ActivityType}) in conversation {ConversationId} from user {UserId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string? activityType,
        string? conversationId, string? userId);

    [LoggerMessage(4, LogLevel.Warning, "Could not clear conversation state after a failed turn in conversation {ConversationId}")]
    public static partial void StateClearFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(5, LogLevel.Warning, "Could not tell user {UserId} about a failed turn in conversation {ConversationId}")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string? userId, string? conversationId);

    [LoggerMessage(6, LogLevel.Warning, "Activity refused before the turn ({ActivityType}): {Reason}")]
    public static partial void ActivityRejected(ILogger logger, string reason, string? activityType);

    [LoggerMessage(7, LogLevel.Warning, "Push to user {UserId} skipped: the stored service URL is not trusted (Bot:AllowedServiceUrls)")]
    public static partial void UntrustedStoredServiceUrl(ILogger logger, string userId);

    [LoggerMessage(8, LogLevel.Information, "Bot Connector signing keys fetched: {KeyCount} keys")]
    public static partial void SigningKeysFetched(ILogger logger, int keyCount);

    [LoggerMessage(9, LogLevel.Warning, "Bot Connector signing keys could not be fetched ({Error}); the last good keys stay in use")]
    public static partial void SigningKeysUnavailable(ILogger logger, string error);

    [LoggerMessage(10, LogLevel.Warning, "Request to /api/messages refused with 401: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string reason);
}
