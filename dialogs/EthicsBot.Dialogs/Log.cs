namespace EthicsBot.Dialogs;

using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Domain;
using Microsoft.Extensions.Logging;

/// <summary>Every log line of the conversation layer. Ids only: what users type never reaches a log.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "User {UserId} created (tenant {TenantId}, activity {ActivityId})")]
    public static partial void UserCreated(ILogger logger, string userId, string? tenantId, string? activityId);

    [LoggerMessage(2, LogLevel.Information, "Welcome sent to user {UserId} in conversation {ConversationId} (activity {ActivityId})")]
    public static partial void Welcomed(ILogger logger, string userId, string conversationId, string? activityId);

    [LoggerMessage(3, LogLevel.Information, "Quiz session {SessionId} started for user {UserId} in conversation {ConversationId} with {QuestionCount} questions (activity {ActivityId})")]
    public static partial void QuizStarted(ILogger logger, string sessionId, string userId, string conversationId, int questionCount, string? activityId);

    [LoggerMessage(4, LogLevel.Information, "Answer to question {QuestionId} of session {SessionId} recorded for user {UserId} (activity {ActivityId})")]
    public static partial void AnswerRecorded(ILogger logger, string questionId, string sessionId, string userId, string? activityId);

    [LoggerMessage(5, LogLevel.Information, "Answer not counted ({Reason}): session {SessionId}, question {QuestionId}, user {UserId}, activity {ActivityId}")]
    public static partial void AnswerRejected(ILogger logger, AnswerRejection reason, string? sessionId, string? questionId, string userId, string? activityId);

    [LoggerMessage(6, LogLevel.Information, "Quiz session {SessionId} completed by user {UserId}: {Correct}/{Answered} correct")]
    public static partial void QuizCompleted(ILogger logger, string sessionId, string userId, int correct, int answered);

    [LoggerMessage(7, LogLevel.Information, "Quiz session {SessionId} stopped by user {UserId} (activity {ActivityId})")]
    public static partial void QuizStopped(ILogger logger, string sessionId, string userId, string? activityId);

    [LoggerMessage(8, LogLevel.Information, "User {UserId} switched language to {Locale}")]
    public static partial void LanguageChanged(ILogger logger, string userId, Locale locale);

    [LoggerMessage(9, LogLevel.Information, "Data of user {UserId} deleted on request (stored data found: {Found}, activity {ActivityId})")]
    public static partial void UserDataDeleted(ILogger logger, string userId, bool found, string? activityId);

    [LoggerMessage(10, LogLevel.Debug, "Unrecognised message from user {UserId} in conversation {ConversationId} (activity {ActivityId})")]
    public static partial void UnknownCommand(ILogger logger, string userId, string conversationId, string? activityId);

    [LoggerMessage(11, LogLevel.Information, "Quiz topic not found for user {UserId} (activity {ActivityId})")]
    public static partial void TopicNotFound(ILogger logger, string userId, string? activityId);

    [LoggerMessage(12, LogLevel.Warning, "Unreadable card action from user {UserId} in conversation {ConversationId} (activity {ActivityId})")]
    public static partial void UnreadableCardAction(ILogger logger, string? userId, string? conversationId, string? activityId);

    [LoggerMessage(13, LogLevel.Error, "Card action failed for user {UserId} in conversation {ConversationId} (activity {ActivityId}); answered with an error card")]
    public static partial void CardActionFailed(ILogger logger, Exception exception, string? userId, string? conversationId, string? activityId);

    [LoggerMessage(14, LogLevel.Warning, "Activity {ActivityId} in conversation {ConversationId} has no sender id; ignored")]
    public static partial void NoSender(ILogger logger, string? activityId, string? conversationId);

    [LoggerMessage(15, LogLevel.Information, "Daily settings of user {UserId} changed: {Action} (activity {ActivityId})")]
    public static partial void DailySettingsChanged(ILogger logger, string userId, Daily.DailyAction action, string? activityId);

    [LoggerMessage(16, LogLevel.Debug, "Daily session {SessionId} for user {UserId} on {LocalDate} composed with {QuestionCount} questions")]
    public static partial void DailyComposed(ILogger logger, string sessionId, string userId, DateOnly localDate, int questionCount);

    [LoggerMessage(17, LogLevel.Information, "Daily session {SessionId} of user {UserId} answered; delivery marked")]
    public static partial void DailyAnswered(ILogger logger, string sessionId, string userId);

    [LoggerMessage(18, LogLevel.Warning, "Follow-up messages of a card action in conversation {ConversationId} not sent ({Error}); the replacement card was answered")]
    public static partial void FollowUpFailed(ILogger logger, string error, string? conversationId);

    [LoggerMessage(30, LogLevel.Information, "Free question from user {UserId} (activity {ActivityId}): {Kind}, {Length} characters, coverage {Coverage:0.00}")]
    public static partial void FreeQuestion(ILogger logger, string userId, string? activityId, EthicsBot.Content.Answers.AnswerKind kind, int length, double coverage);

    [LoggerMessage(31, LogLevel.Information, "Explainer {Task} for user {UserId} (activity {ActivityId}): {Outcome}, tokens in {InputTokens} out {OutputTokens}, cached {FromCache}")]
    public static partial void ExplainerCall(ILogger logger, string userId, string? activityId, Explainer.ExplainerTask task, Explainer.ExplainerOutcome outcome, int inputTokens, int outputTokens, bool fromCache);

    [LoggerMessage(32, LogLevel.Warning, "Explainer fell back to the offline answer for user {UserId} (activity {ActivityId}): {Reason}")]
    public static partial void ExplainerFallback(ILogger logger, string userId, string? activityId, string reason);

    [LoggerMessage(33, LogLevel.Warning, "Follow-up message in conversation {ConversationId} not sent ({Error})")]
    public static partial void FollowUpMessageFailed(ILogger logger, string? conversationId, string error);

    // 40-49: learners' reports of a question (ids only, never the note).
    [LoggerMessage(40, LogLevel.Information, "User {UserId} reported question {QuestionId} ({Reason}); new report: {Recorded}")]
    public static partial void QuestionReported(ILogger logger, string userId, string questionId, Persistence.Feedback.ReportReason reason, bool recorded);

    // 50-59: units.
    [LoggerMessage(60, LogLevel.Warning, "Flow state of conversation {ConversationId} is unreadable; starting clean")]
    public static partial void FlowStateUnreadable(ILogger logger, string conversationId);

    [LoggerMessage(50, LogLevel.Information, "Principal name of user {UserId} not available from Teams ({Error}); the roster cannot match them by name")]
    public static partial void PrincipalNameUnavailable(ILogger logger, string userId, string error);
}
