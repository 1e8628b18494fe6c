namespace EthicsBot.Persistence.Daily;

/// <summary>Where one local date's push stands, for the admin status command.</summary>
public sealed record DeliveryDayStatus
{
    public required DateOnly LocalDate { get; init; }
    /// <summary>All deliveries created for the date, whatever their state.</summary>
    public required int Due { get; init; }
    public required int Sent { get; init; }
    /// <summary>Not sent yet: waiting or being sent right now (pending and claimed).</summary>
    public required int Pending { get; init; }
    public required int Failed { get; init; }
    public required int Unreachable { get; init; }
    public required int Answered { get; init; }
    public required int Reminded { get; init; }
    public required IReadOnlyList<string> UnreachableUserIds { get; init; }
}
