namespace EthicsBot.Domain.Reports;

using EthicsBot.Domain.Units;

/// <summary>
/// Which units a report may show for one date range, decided once for the whole directory so that no two reports
/// can be subtracted to reveal a small group. A unit is shown only when it has at least <c>floor</c> people, and
/// what its shown children leave over (its own direct members and its hidden children together, the "other" row)
/// is either nobody or at least <c>floor</c> people; when it is not, the smallest shown children are hidden with
/// everything beneath them until it is. The same rule applies above the provinces, for the deployment as a whole.
/// </summary>
public sealed class PrivacyPlan
{
    /// <summary>The id that stands for the whole deployment (every province) in <see cref="OtherUnits"/>.</summary>
    public const string Everything = "";

    private readonly HashSet<string> hidden = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlySet<int>> directMembers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> subtree = new(StringComparer.Ordinal);
    private readonly UnitDirectory directory;

    private PrivacyPlan(UnitDirectory directory, int floor)
    {
        this.directory = directory;
        Floor = floor;
    }

    public int Floor { get; }

    /// <param name="members">Per unit, the anonymous people who were its direct members in the range.</param>
    public static PrivacyPlan Build(UnitDirectory directory, IReadOnlyDictionary<string, IReadOnlySet<int>> members, int floor)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentOutOfRangeException.ThrowIfLessThan(floor, 1);
        var plan = new PrivacyPlan(directory, floor);
        var roots = directory.All.Where(u => u.ParentId is null).Select(u => u.Id).ToList();
        foreach (var root in roots)
        {
            plan.Decide(root, members);
        }

        plan.subtree[Everything] = [.. roots.SelectMany(r => plan.subtree[r])];
        plan.directMembers[Everything] = new HashSet<int>();
        plan.Balance(Everything, roots, plan.directMembers[Everything]);
        return plan;
    }

    /// <summary>People counted in the unit and everything beneath it.</summary>
    public int PeopleIn(string unitId) => subtree.TryGetValue(unitId, out var people) ? people.Count : 0;

    public bool IsVisible(string unitId) => !hidden.Contains(unitId) && PeopleIn(unitId) >= Floor;

    /// <summary>
    /// The units whose figures make up the "other" row of <paramref name="unitId"/> (itself for its direct members, and
    /// the hidden children with their subtrees), and how many people that row covers: 0, or at least the floor.
    /// </summary>
    public (IReadOnlyList<string> Units, int People) OtherOf(string unitId)
    {
        var children = unitId == Everything ? directory.All.Where(u => u.ParentId is null) : directory.ChildrenOf(unitId);
        var units = new List<string>();
        var people = new HashSet<int>(directMembers.GetValueOrDefault(unitId) ?? new HashSet<int>());
        if (unitId != Everything)
        {
            units.Add(unitId);
        }

        foreach (var child in children.Where(c => !IsVisible(c.Id)))
        {
            units.AddRange(directory.SubtreeOf(child.Id).Select(u => u.Id));
            people.UnionWith(subtree.GetValueOrDefault(child.Id) ?? []);
        }

        return (units, people.Count);
    }

    /// <summary>Units beneath <paramref name="unitId"/> (or every unit) as a report reads them.</summary>
    public IReadOnlyList<string> SubtreeIds(string unitId) =>
        unitId == Everything ? [.. directory.All.Select(u => u.Id)] : [.. directory.SubtreeOf(unitId).Select(u => u.Id)];

    private HashSet<int> Decide(string unitId, IReadOnlyDictionary<string, IReadOnlySet<int>> members)
    {
        var direct = members.GetValueOrDefault(unitId) ?? new HashSet<int>();
        directMembers[unitId] = direct;
        var children = directory.ChildrenOf(unitId).Select(c => c.Id).ToList();
        var people = new HashSet<int>(direct);
        foreach (var child in children)
        {
            people.UnionWith(Decide(child, members));
        }

        subtree[unitId] = people;
        if (people.Count < Floor)
        {
            HideSubtree(unitId);
        }
        else
        {
            Balance(unitId, children, direct);
        }

        return people;
    }

    // Hides the smallest shown children until what the shown ones leave over is nobody or at least the floor.
    private void Balance(string unitId, IReadOnlyList<string> children, IReadOnlySet<int> direct)
    {
        var rest = new HashSet<int>(direct);
        foreach (var child in children.Where(c => !IsVisible(c)))
        {
            rest.UnionWith(subtree[child]);
        }

        while (rest.Count > 0 && rest.Count < Floor)
        {
            var smallest = children.Where(IsVisible).OrderBy(PeopleIn).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();
            if (smallest is null)
            {
                // Only possible above the provinces: the whole deployment is under the floor.
                return;
            }

            HideSubtree(smallest);
            rest.UnionWith(subtree[smallest]);
        }
    }

    private void HideSubtree(string unitId)
    {
        foreach (var unit in directory.SubtreeOf(unitId))
        {
            hidden.Add(unit.Id);
        }
    }
}
