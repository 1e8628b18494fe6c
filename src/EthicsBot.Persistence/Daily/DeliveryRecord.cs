namespace EthicsBot.Persistence.Daily;

/// <summary>One daily quiz for one user on one local date; the pair is unique.</summary>
public sealed record DeliveryRecord
{
    public required string UserId { get; init; }
    public required DateOnly LocalDate { get; init; }
    public required DeliveryStatus Status { get; init; }
    /// <summary>Claims so far, i.e. send attempts started.</summary>
    public int Attempts { get; init; }
    /// <summary>Pending: the earliest time a worker may claim it. Claimed: the lease end.</summary>
    public required DateTimeOffset NextAttemptAt { get; init; }
    public string? LeaseOwner { get; init; }
    public DateTimeOffset? LeaseUntil { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    /// <summary>An error code or status, never message text.</summary>
    public string? LastError { get; init; }
    /// <summary>The quiz session the sent card belongs to.</summary>
    public string? SessionId { get; init; }
    public DateTimeOffset? ReminderSentAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
}
