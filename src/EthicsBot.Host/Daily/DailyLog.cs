namespace EthicsBot.Host.Daily;

/// <summary>The daily engine's log messages (event ids 100–199). Ids only, never message text.</summary>
internal static partial class DailyLog
{
    [LoggerMessage(100, LogLevel.Warning,
        "No IDailyQuizComposer is registered, so the daily worker sends nothing. Register the dialogs layer's composer.")]
    public static partial void ComposerMissing(ILogger logger);

    [LoggerMessage(101, LogLevel.Information, "Daily worker disabled on this instance (Daily:WorkerEnabled = false).")]
    public static partial void WorkerDisabled(ILogger logger);

    [LoggerMessage(102, LogLevel.Information, "Daily schedule (all = {All}): {Subscribers} subscribers, {Due} due, {Queued} newly queued")]
    public static partial void Scheduled(ILogger logger, bool all, int subscribers, int due, int queued);

    [LoggerMessage(103, LogLevel.Information,
        "Daily drain: {Claimed} claimed, {Sent} sent, {Retried} to retry, {Failed} failed, {Unreachable} unreachable in {ElapsedMs} ms")]
    public static partial void Drained(ILogger logger, int claimed, int sent, int retried, int failed, int unreachable, long elapsedMs);

    [LoggerMessage(104, LogLevel.Error, "Daily worker pass failed; trying again at the next interval")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(105, LogLevel.Information, "Delivery to {UserId} for {LocalDate} attempt {Attempt} failed ({Reason}); retry at {RetryAt:o}")]
    public static partial void Retrying(ILogger logger, string userId, DateOnly localDate, int attempt, string? reason, DateTimeOffset retryAt);

    [LoggerMessage(106, LogLevel.Warning, "Delivery to {UserId} for {LocalDate} failed for good after attempt {Attempt} ({Reason})")]
    public static partial void Failed(ILogger logger, string userId, DateOnly localDate, int attempt, string? reason);

    [LoggerMessage(107, LogLevel.Information, "User {UserId} is unreachable ({Reason}); no more deliveries until they write to the bot")]
    public static partial void Unreachable(ILogger logger, string userId, string? reason);

    [LoggerMessage(108, LogLevel.Warning, "Tenant {TenantId} answered 429 repeatedly; its sends pause until {PausedUntil:o}")]
    public static partial void TenantPaused(ILogger logger, string? tenantId, DateTimeOffset pausedUntil);

    [LoggerMessage(109, LogLevel.Information, "User {UserId} auto-paused after {Workdays} unanswered workdays")]
    public static partial void AutoPaused(ILogger logger, string userId, int workdays);

    [LoggerMessage(110, LogLevel.Error, "Delivery to {UserId} for {LocalDate} could not be processed; it stays claimed until its lease ends")]
    public static partial void DeliveryError(ILogger logger, Exception exception, string userId, DateOnly localDate);

    [LoggerMessage(111, LogLevel.Information, "Reminder pass: {Due} due, {Sent} sent")]
    public static partial void Reminded(ILogger logger, int due, int sent);

    [LoggerMessage(112, LogLevel.Warning, "Reminder to {UserId} for {LocalDate} not delivered ({Reason}); reminders are not retried")]
    public static partial void ReminderFailed(ILogger logger, string userId, DateOnly localDate, string? reason);

    [LoggerMessage(114, LogLevel.Information, "Daily send path warmed up in {ElapsedMs} ms")]
    public static partial void WarmedUp(ILogger logger, long elapsedMs);

    [LoggerMessage(115, LogLevel.Warning, "Daily send path warm-up failed; the first push will compile it instead")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(116, LogLevel.Information, "This instance ({Owner}) now runs the daily push")]
    public static partial void SenderElected(ILogger logger, string owner);

    [LoggerMessage(117, LogLevel.Warning, "This instance ({Owner}) lost the daily push to another instance; its unsent claimed cards wait for their lease")]
    public static partial void SenderLost(ILogger logger, string owner);
}
