namespace EthicsBot.Dialogs.Daily;

using Microsoft.Bot.Schema;

/// <summary>
/// Builds the proactive messages of the daily quiz. The delivery engine calls it inside
/// ContinueConversationAsync and sends what it returns; it never decides whom to send to.
/// </summary>
public interface IDailyQuizComposer
{
    /// <summary>
    /// Starts the user's daily session for <paramref name="localDate"/> (or returns the one already started for
    /// that date, so a retried send shows the same questions) and builds its card; null when there is nothing
    /// to send (unknown user, empty bank).
    /// </summary>
    Task<DailyMessage?> ComposeDailyAsync(string userId, DateOnly localDate, CancellationToken cancellationToken);

    /// <summary>The one reminder for a daily card still unanswered; null when it was answered meanwhile.</summary>
    Task<IActivity?> ComposeReminderAsync(string userId, DateOnly localDate, string sessionId, CancellationToken cancellationToken);

    /// <summary>Tells the user the daily quiz is paused after several unanswered workdays, and how to resume.</summary>
    Task<IActivity> ComposeAutoPausedAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// A daily card for no one, picked and built exactly as a user's would be but without reading or writing anything;
    /// null when the bank is empty. The host builds one at start-up, so the first push does not wait for the JIT.
    /// </summary>
    IActivity? ComposeSample();
}

public sealed record DailyMessage(IActivity Activity, string SessionId);
