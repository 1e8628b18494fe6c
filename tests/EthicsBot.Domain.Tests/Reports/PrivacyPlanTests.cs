namespace EthicsBot.Domain.Tests.Reports;

using EthicsBot.Domain.Reports;
using EthicsBot.Domain.Units;

public sealed class PrivacyPlanTests
{
    private const int Floor = 5;

    [Fact]
    public void Build_OneSmallChild_HidesItAndTheSmallestSiblingSoTheDifferenceIsNotSmall()
    {
        // Hà Nội: a (10), b (6), c (2). Showing a and b would give c = total - a - b.
        var (directory, members) = Tree(("a", "ha-noi", 10), ("b", "ha-noi", 6), ("c", "ha-noi", 2));

        var plan = PrivacyPlan.Build(directory, members, Floor);

        Assert.True(plan.IsVisible("ha-noi"));
        Assert.True(plan.IsVisible("a"));
        Assert.False(plan.IsVisible("b"));
        Assert.False(plan.IsVisible("c"));
        Assert.Equal(8, plan.OtherOf("ha-noi").People);
    }

    [Fact]
    public void Build_TwoSmallChildrenTogetherAtTheFloor_HidesOnlyThem()
    {
        var (directory, members) = Tree(("a", "ha-noi", 10), ("b", "ha-noi", 3), ("c", "ha-noi", 2));

        var plan = PrivacyPlan.Build(directory, members, Floor);

        Assert.True(plan.IsVisible("a"));
        Assert.False(plan.IsVisible("b"));
        Assert.False(plan.IsVisible("c"));
        Assert.Equal(5, plan.OtherOf("ha-noi").People);
    }

    [Fact]
    public void Build_FewDirectMembersOfTheParent_HidesTheSmallestChild()
    {
        // Two people sit in Hà Nội itself; both children are big enough on their own.
        var (directory, members) = Tree(("a", "ha-noi", 9), ("b", "ha-noi", 6), ("ha-noi", null, 2));

        var plan = PrivacyPlan.Build(directory, members, Floor);

        Assert.True(plan.IsVisible("a"));
        Assert.False(plan.IsVisible("b"));
        Assert.Equal(8, plan.OtherOf("ha-noi").People);
    }

    [Fact]
    public void Build_ChildHiddenForItsSibling_HidesItsOwnChildrenToo()
    {
        // b is hidden to protect c; its child b1 (5) must go with it, or the other row minus b1 leaves 3.
        var (directory, members) = Tree(("a", "ha-noi", 20), ("b", "ha-noi", 1), ("b1", "b", 5), ("c", "ha-noi", 2));

        var plan = PrivacyPlan.Build(directory, members, Floor);

        Assert.False(plan.IsVisible("b"));
        Assert.False(plan.IsVisible("b1"));
    }

    [Fact]
    public void Build_GroupUnderTheFloor_IsHidden()
    {
        var (directory, members) = Tree(("a", "ha-noi", 4));

        var plan = PrivacyPlan.Build(directory, members, Floor);

        Assert.False(plan.IsVisible("ha-noi"));
        Assert.False(plan.IsVisible("a"));
    }

    [Fact]
    public void Build_SmallProvince_IsHiddenWithTheSmallestOtherProvinceAtTheTop()
    {
        var (directory, members) = Tree(("a", "ha-noi", 12), ("b", "hue", 7), ("c", "can-tho", 1));

        var plan = PrivacyPlan.Build(directory, members, Floor);

        Assert.True(plan.IsVisible("ha-noi"));
        Assert.False(plan.IsVisible("hue"));
        Assert.False(plan.IsVisible("can-tho"));
        Assert.Equal(8, plan.OtherOf(PrivacyPlan.Everything).People);
    }

    [Fact]
    public void Build_RandomTrees_NoDifferenceOfShownGroupsRevealsFewerThanTheFloor()
    {
        var random = new Random(15);
        for (var round = 0; round < 300; round++)
        {
            var spec = new List<(string, string?, int)>();
            var ids = new List<string> { "ha-noi" };
            for (var i = 0; i < random.Next(2, 14); i++)
            {
                var id = $"u{i}";
                spec.Add((id, ids[random.Next(ids.Count)], random.Next(0, 9)));
                ids.Add(id);
            }

            spec.Add(("ha-noi", null, random.Next(0, 3)));
            var (directory, members) = Tree([.. spec]);
            var plan = PrivacyPlan.Build(directory, members, Floor);

            foreach (var unit in ids.Where(plan.IsVisible))
            {
                var whole = People(directory, members, unit);
                Assert.True(whole.Count >= Floor);
                var other = plan.OtherOf(unit).People;
                Assert.True(other == 0 || other >= Floor, $"round {round}: other of {unit} is {other}");
                foreach (var shown in Antichains(directory, plan, unit))
                {
                    var left = whole.Except(shown.SelectMany(s => People(directory, members, s))).Count();
                    Assert.True(left == 0 || left >= Floor, $"round {round}: {unit} minus [{string.Join(", ", shown)}] leaves {left}");
                }
            }
        }
    }

    // Every set of shown units strictly below the unit, none beneath another: what an attacker can subtract.
    private static IEnumerable<List<string>> Antichains(UnitDirectory directory, PrivacyPlan plan, string unit)
    {
        IEnumerable<List<string>> Choices(IReadOnlyList<Unit> children, int index)
        {
            if (index == children.Count)
            {
                yield return [];
                yield break;
            }

            var child = children[index].Id;
            var own = new List<List<string>> { new() };
            if (plan.IsVisible(child))
            {
                own.Add([child]);
            }

            // A shown unit beneath a hidden one still has its own report.
            own.AddRange(Antichains(directory, plan, child).Where(a => a.Count > 0));

            foreach (var rest in Choices(children, index + 1))
            {
                foreach (var mine in own)
                {
                    yield return [.. mine, .. rest];
                }
            }
        }

        return Choices(directory.ChildrenOf(unit), 0).Take(2000);
    }

    private static HashSet<int> People(UnitDirectory directory, IReadOnlyDictionary<string, IReadOnlySet<int>> members, string unit) =>
        [.. directory.SubtreeOf(unit).SelectMany(u => members.GetValueOrDefault(u.Id) ?? new HashSet<int>())];

    // (id, parent, direct members); a null parent names a province and only sets its direct members.
    private static (UnitDirectory, IReadOnlyDictionary<string, IReadOnlySet<int>>) Tree(params (string Id, string? Parent, int People)[] units)
    {
        var directory = new UnitDirectory(units.Where(u => u.Parent is not null).Select(u => new Unit(u.Id, u.Id, u.Parent, UnitKind.Local)));
        var next = 0;
        var members = units.ToDictionary(
            u => u.Id,
            u => (IReadOnlySet<int>)Enumerable.Range(0, u.People).Select(_ => next++).ToHashSet(),
            StringComparer.Ordinal);
        return (directory, members);
    }
}
