namespace EthicsBot.Persistence.Daily;

/// <summary>
/// Daily deliveries as rows claimed with a lease. Delivery is at-least-once: a worker that crashes (or stalls
/// past its lease) after claiming leaves a claimed row whose lease runs out, and the next claim sends it again.
/// Only sends in flight at the crash can repeat; nothing is lost. At-most-once would instead lose every card a
/// crash interrupted, and a repeated card is harmless because answers are unique per session question.
/// </summary>
public interface IDeliveryStore
{
    /// <summary>
    /// Creates a pending row per (user, local date) that has none yet, all in one transaction; existing rows are
    /// untouched, so any scheduler pass or instance may call it. Returns how many rows were new.
    /// </summary>
    Task<int> EnsureDueAsync(IEnumerable<(string UserId, DateOnly LocalDate)> due, DateTimeOffset createdAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically leases up to <paramref name="max"/> rows to <paramref name="owner"/> until now + <paramref name="leaseFor"/>:
    /// pending rows whose next attempt time has come and claimed rows whose lease has run out (lease_until &lt;= now).
    /// Each claim counts as an attempt; an expired row that already used <paramref name="maxAttempts"/> attempts is
    /// marked failed instead (the limit is the caller's rule, Daily:MaxAttempts; the store only applies it).
    /// Rows already tried go first. Two claimers never receive the same row, in one process or across instances.
    /// </summary>
    Task<IReadOnlyList<DeliveryRecord>> ClaimBatchAsync(
        string owner, int max, TimeSpan leaseFor, int maxAttempts, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Records the send and the session of the card. False when there is no row or it was already marked sent.</summary>
    Task<bool> MarkSentAsync(string userId, DateOnly localDate, string sessionId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="MarkSentAsync(string, DateOnly, string, DateTimeOffset, CancellationToken)"/> for many rows in one
    /// transaction, so a push of thousands of cards takes the write lock once per batch rather than once per card.
    /// Returns how many rows changed.
    /// </summary>
    Task<int> MarkSentAsync(
        IReadOnlyCollection<(string UserId, DateOnly LocalDate, string SessionId)> sent, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a failed send of a claimed row. <paramref name="retryable"/> (the caller has decided the error is
    /// transient and attempts are left): back to pending, claimable from <paramref name="retryAt"/>. Otherwise failed.
    /// Returns the new status, or null when the row is not claimed.
    /// </summary>
    Task<DeliveryStatus?> MarkFailedAsync(string userId, DateOnly localDate, string error, bool retryable, DateTimeOffset retryAt, CancellationToken cancellationToken = default);

    /// <summary>Teams refused for good; the row is never retried. False when there is no unsent row.</summary>
    Task<bool> MarkUnreachableAsync(string userId, DateOnly localDate, string reason, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the first answer to the day's card. A row still pending, claimed or failed becomes sent: an answer
    /// proves the card arrived, and this stops a re-send after a crash between sending and <see cref="MarkSentAsync"/>.
    /// </summary>
    Task<bool> MarkAnsweredAsync(string userId, DateOnly localDate, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="MarkAnsweredAsync"/>, found by the session id recorded with <see cref="MarkSentAsync"/>.</summary>
    Task<bool> MarkSessionAnsweredAsync(string sessionId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the reminder time if none is set on a sent row; true means this caller won and should send the reminder.
    /// Call it before sending: reminders are at-most-once, as a missed nudge costs less than a doubled one.
    /// </summary>
    Task<bool> MarkReminderSentAsync(string userId, DateOnly localDate, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task<DeliveryDayStatus> GetStatusAsync(DateOnly localDate, CancellationToken cancellationToken = default);

    Task<DeliveryRecord?> GetAsync(string userId, DateOnly localDate, CancellationToken cancellationToken = default);

    /// <summary>Sent deliveries left unanswered since the user's last answered one (failed or unreachable days do not count).</summary>
    Task<int> CountConsecutiveUnansweredAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Sent, unanswered, not yet reminded deliveries of the date, by user id, read in pages.</summary>
    IAsyncEnumerable<DeliveryRecord> ListAwaitingReminderAsync(DateOnly localDate, CancellationToken cancellationToken = default);
}
