namespace EthicsBot.Host.Reports;

using EthicsBot.Content.Catalog;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Daily;
using EthicsBot.Domain.Reports;
using EthicsBot.Persistence.Reports;
using Microsoft.Extensions.Options;

/// <summary>
/// Builds a unit's report from the store's aggregates under the privacy plan: figures only for shown groups, and within
/// a group, accuracy only where at least the floor of people contributed.
/// </summary>
internal sealed class ReportService(IContentCatalogProvider catalogs, IReportStore store, IOptions<ReportOptions> options)
{
    private const int MostMissed = 10;
    private const int Weakest = 3;

    private int Floor => options.Value.MinGroupSize;

    /// <summary>Null when <paramref name="unitId"/> is not a unit of the directory. A null unit is the whole deployment.</summary>
    public async Task<ReportSummary?> BuildAsync(string? unitId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var catalog = catalogs.Current;
        var directory = catalog.Units;
        var key = unitId ?? PrivacyPlan.Everything;
        if (unitId is not null && directory.Find(unitId) is null)
        {
            return null;
        }

        var zone = TimeZones.Resolve(catalog.Calendar.DefaultTimeZone);
        var range = new ReportRange(from, to, zone.GetUtcOffset(from.ToDateTime(TimeOnly.MinValue)));
        var plan = PrivacyPlan.Build(directory, await store.MembersByUnitAsync(range, cancellationToken), Floor);
        var summary = new ReportSummary
        {
            Unit = unitId,
            Name = unitId is null ? "Toàn bộ / All units" : directory.Find(unitId)!.Name,
            Path = unitId is null ? string.Empty : directory.PathText(unitId),
            From = from,
            To = to,
            MinGroupSize = Floor,
            Hidden = !plan.IsVisible(key),
        };
        if (summary.Hidden)
        {
            return summary;
        }

        // Read more than are shown: questions answered by fewer people than the floor are dropped below.
        var figures = await store.ReadAsync(plan.SubtreeIds(key), range, MostMissed * 5, cancellationToken);
        var topics = figures.Topics.Select(t => new TopicRow(t.TopicId, TopicName(catalog, t.TopicId), t.Answers, Rate(t.Correct, t.Answers, t.People))).ToList();
        var children = (unitId is null ? directory.All.Where(u => u.ParentId is null) : directory.ChildrenOf(unitId)).ToList();
        // Every shown child and the "other" row in one pass over the answers, not one read per child.
        const string Other = "";
        var (otherUnits, otherPeople) = plan.OtherOf(key);
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var child in children.Where(c => plan.IsVisible(c.Id)))
        {
            foreach (var id in plan.SubtreeIds(child.Id))
            {
                groups[id] = child.Id;
            }
        }

        var showOther = otherPeople >= Floor && children.Count > 0;
        if (showOther)
        {
            foreach (var id in otherUnits)
            {
                groups[id] = Other;
            }
        }

        var totals = groups.Count == 0 ? new Dictionary<string, GroupTotals>() : await store.ReadTotalsAsync(groups, range, cancellationToken);
        var rows = children.Select(c => plan.IsVisible(c.Id)
            ? new ChildRow(c.Id, c.Name, false, Figures(totals.GetValueOrDefault(c.Id) ?? new GroupTotals(0, 0, 0, 0)))
            : new ChildRow(c.Id, c.Name, true, null)).ToList();
        var other = showOther ? Figures(totals.GetValueOrDefault(Other) ?? new GroupTotals(0, 0, 0, 0)) : null;
        var all = Figures(new GroupTotals(figures.Enrolled, figures.Active, figures.Answers, figures.Correct));
        return summary with
        {
            Enrolled = all.Enrolled,
            Active = all.Active,
            ParticipationRate = all.ParticipationRate,
            Answers = all.Answers,
            Accuracy = all.Accuracy,
            Topics = topics,
            WeakestTopics = [.. topics.Where(t => t.Accuracy is not null).OrderBy(t => t.Accuracy).ThenBy(t => t.TopicId, StringComparer.Ordinal).Take(Weakest)],
            MostMissed = [.. figures.MostMissed.Where(q => q.People >= Floor).Take(MostMissed).Select(q => new MissedQuestionRow(q.QuestionId, q.TopicId, q.Answers, q.Wrong))],
            DailyCards = new DailyCardFigures(figures.DailySent, figures.DailyAnswered, Percent(figures.DailyAnswered, figures.DailySent)),
            Streaks = Streaks(figures, to, catalog.Calendar),
            Weeks = [.. figures.Weeks.Select(w => new WeekRow(w.WeekStart, w.Active, w.Answers, Rate(w.Correct, w.Answers, w.Active)))],
            Children = rows,
            Other = other,
        };
    }

    private static string TopicName(ContentCatalog catalog, string topicId) => catalog.FindTopic(topicId)?.Name.Vi ?? topicId;

    private UnitFigures Figures(GroupTotals f) => new()
    {
        Enrolled = f.Enrolled,
        Active = f.Active,
        ParticipationRate = Percent(f.Active, f.Enrolled),
        Answers = f.Answers,
        Accuracy = Rate(f.Correct, f.Answers, f.Active),
    };

    private double? Rate(int correct, int answers, int people) => people >= Floor ? Percent(correct, answers) : null;

    private static double? Percent(int part, int whole) => whole == 0 ? null : Math.Round(100.0 * part / whole, 1);

    private static StreakBuckets Streaks(GroupFigures figures, DateOnly to, WorkCalendar calendar)
    {
        var streaks = figures.ActiveDays.Select(days => StreakCalculator.Current(days, to, calendar)).ToList();
        var none = figures.Enrolled - streaks.Count + streaks.Count(s => s == 0);
        return new StreakBuckets(
            none,
            streaks.Count(s => s is 1 or 2),
            streaks.Count(s => s is 3 or 4),
            streaks.Count(s => s is >= 5 and <= 9),
            streaks.Count(s => s >= 10));
    }
}
