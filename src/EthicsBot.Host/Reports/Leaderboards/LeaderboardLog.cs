namespace EthicsBot.Host.Reports.Leaderboards;

/// <summary>The weekly leaderboard's log messages (event ids 1500–1519). Conversation and unit ids only.</summary>
internal static partial class LeaderboardLog
{
    [LoggerMessage(1500, LogLevel.Information, "Leaderboard for week {Week} posted to {ConversationId} (unit {UnitId})")]
    public static partial void Posted(ILogger logger, string conversationId, string unitId, DateOnly week);

    [LoggerMessage(1501, LogLevel.Warning, "Leaderboard for week {Week} to {ConversationId} will be retried ({Reason})")]
    public static partial void WillRetry(ILogger logger, string conversationId, DateOnly week, string? reason);

    [LoggerMessage(1502, LogLevel.Warning, "Leaderboard for week {Week} to {ConversationId} given up: {Outcome} ({Reason})")]
    public static partial void GaveUp(ILogger logger, string conversationId, DateOnly week, string outcome, string? reason);

    [LoggerMessage(1503, LogLevel.Warning, "Leaderboard channel {ConversationId} names unit {UnitId}, which is no longer in the directory")]
    public static partial void UnknownUnit(ILogger logger, string conversationId, string unitId);

    [LoggerMessage(1504, LogLevel.Error, "Leaderboard pass failed; trying again at the next interval")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
