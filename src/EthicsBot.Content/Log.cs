namespace EthicsBot.Content;

using Microsoft.Extensions.Logging;

/// <summary>Structured log messages of the content area; they carry versions and counts, never content text.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Content {Version} loaded: {QuestionCount} questions, {WarningCount} warnings (advisory checks are left to content validate and reloads)")]
    public static partial void ContentLoaded(ILogger logger, string version, int questionCount, int warningCount);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Content reloaded from {PreviousVersion} to {Version}: {QuestionCount} questions")]
    public static partial void ContentReloaded(ILogger logger, string previousVersion, string version, int questionCount);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Content reload rejected with {ErrorCount} errors; {Version} stays live")]
    public static partial void ReloadRejected(ILogger logger, int errorCount, string version);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Question {QuestionId} withdrawn on {Day}: it rests on {DocumentId}, which is {Status} that day")]
    public static partial void QuestionWithdrawn(ILogger logger, string questionId, string documentId, Domain.Content.DocumentStatus status, DateOnly day);
}
