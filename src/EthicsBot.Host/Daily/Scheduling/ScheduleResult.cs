namespace EthicsBot.Host.Daily.Scheduling;

using EthicsBot.Domain.Daily;

/// <param name="Subscribers">Effective settings of every enabled subscriber, for the reminder pass.</param>
/// <param name="Due">Subscribers due now, including those whose row for today already existed.</param>
/// <param name="Queued">Rows created by this pass.</param>
internal sealed record ScheduleResult(IReadOnlyDictionary<string, DailySettings> Subscribers, int Due, int Queued);
