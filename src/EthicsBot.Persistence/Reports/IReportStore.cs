namespace EthicsBot.Persistence.Reports;

/// <summary>
/// Aggregates over answers and deliveries joined with dated unit memberships: an answer (or a daily card) counts in
/// the unit its user belonged to on its local date; a user's first membership also covers their earlier days.
/// </summary>
public interface IReportStore
{
    /// <summary>The figures of the people of <paramref name="unitIds"/> (a unit and its subtree, or any other group) over the range.</summary>
    Task<GroupFigures> ReadAsync(IReadOnlyCollection<string> unitIds, ReportRange range, int mostMissed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Headline figures of several groups in one pass: <paramref name="unitToGroup"/> maps each unit id to the name of
    /// the group it counts in (a unit in no group is left out). Every group named comes back, with zeros when empty.
    /// </summary>
    Task<IReadOnlyDictionary<string, GroupTotals>> ReadTotalsAsync(IReadOnlyDictionary<string, string> unitToGroup, ReportRange range, CancellationToken cancellationToken = default);

    /// <summary>
    /// For every unit with members in the range, the anonymous numbers of those members (a person keeps the same number
    /// across units in one result), so the privacy floor can count people in any union of units.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlySet<int>>> MembersByUnitAsync(ReportRange range, CancellationToken cancellationToken = default);
}
