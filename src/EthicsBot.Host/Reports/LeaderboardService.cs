namespace EthicsBot.Host.Reports;

using EthicsBot.Content.Catalog;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Reports;
using EthicsBot.Persistence.Reports;
using Microsoft.Extensions.Options;

/// <summary>The week's leaderboard of a unit's children (or of the provinces): shown units only, one pass over the answers.</summary>
public sealed record LeaderboardResponse(
    string? Unit, string Name, DateOnly WeekStart, DateOnly WeekEnd, int MinGroupSize, IReadOnlyList<LeaderboardEntry> Entries, int Unranked);

internal sealed class LeaderboardService(IContentCatalogProvider catalogs, IReportStore store, IOptions<ReportOptions> options)
{
    /// <summary>Null when the unit is unknown.</summary>
    public async Task<LeaderboardResponse?> BuildAsync(string? unitId, DateOnly weekStart, CancellationToken cancellationToken)
    {
        var catalog = catalogs.Current;
        var directory = catalog.Units;
        if (unitId is not null && directory.Find(unitId) is null)
        {
            return null;
        }

        var floor = options.Value.MinGroupSize;
        var zone = TimeZones.Resolve(catalog.Calendar.DefaultTimeZone);
        var range = new ReportRange(weekStart, weekStart.AddDays(6), zone.GetUtcOffset(weekStart.ToDateTime(TimeOnly.MinValue)));
        var plan = PrivacyPlan.Build(directory, await store.MembersByUnitAsync(range, cancellationToken), floor);
        var children = (unitId is null ? directory.All.Where(u => u.ParentId is null) : directory.ChildrenOf(unitId)).ToList();
        var shown = children.Where(c => plan.IsVisible(c.Id)).ToList();
        var groups = shown.SelectMany(c => plan.SubtreeIds(c.Id).Select(id => (id, c.Id))).ToDictionary(x => x.id, x => x.Item2, StringComparer.Ordinal);
        var totals = groups.Count == 0 ? new Dictionary<string, GroupTotals>() : await store.ReadTotalsAsync(groups, range, cancellationToken);
        var (ranked, unranked) = Leaderboard.Rank(
            shown.Select(c => totals.GetValueOrDefault(c.Id) is { } t
                ? new LeaderboardInput(c.Id, c.Name, t.Enrolled, t.Active, t.Answers, t.Correct)
                : new LeaderboardInput(c.Id, c.Name, 0, 0, 0, 0)),
            floor);
        var name = unitId is null ? "Toàn bộ / All units" : directory.Find(unitId)!.Name;
        return new LeaderboardResponse(unitId, name, range.From, range.To, floor, ranked, unranked + children.Count - shown.Count);
    }
}
