namespace EthicsBot.Host.Admin.Daily;

/// <param name="Queued">Deliveries created by this run.</param>
/// <param name="AlreadyQueued">Due users who already had today's delivery (sent or waiting).</param>
internal sealed record DailyRunResponse(bool All, int Subscribers, int Due, int Queued, int AlreadyQueued);

internal sealed record DailyStatusResponse(
    DateOnly Date,
    int Due,
    int Sent,
    int Pending,
    int Failed,
    int Unreachable,
    int Answered,
    int Reminded,
    IReadOnlyList<string> UnreachableUsers);
