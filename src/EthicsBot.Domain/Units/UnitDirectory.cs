namespace EthicsBot.Domain.Units;

using EthicsBot.Domain.Text;

/// <summary>
/// The units of a deployment: the shipped provinces and the validated local units beneath them. Immutable; a content
/// reload builds a new one. Lookups are by id; search folds diacritics so "xa tan hoa" finds "Xã Tân Hòa".
/// </summary>
public sealed class UnitDirectory
{
    private readonly Dictionary<string, Unit> byId;
    private readonly Dictionary<string, List<Unit>> children;

    /// <param name="local">Validated local units (parents known, no cycles); the provinces are added here.</param>
    public UnitDirectory(IEnumerable<Unit> local)
    {
        ArgumentNullException.ThrowIfNull(local);
        All = [.. Provinces.All, .. local];
        byId = All.ToDictionary(u => u.Id, StringComparer.Ordinal);
        children = All.Where(u => u.ParentId is not null).GroupBy(u => u.ParentId!)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>The directory of a deployment with no local units.</summary>
    public static UnitDirectory ProvincesOnly { get; } = new([]);

    /// <summary>Every unit, provinces first, then local units in file order.</summary>
    public IReadOnlyList<Unit> All { get; }

    public Unit? Find(string? id) => id is not null && byId.TryGetValue(id, out var unit) ? unit : null;

    public IReadOnlyList<Unit> ChildrenOf(string id) => children.TryGetValue(id, out var list) ? list : [];

    /// <summary>From the province down to the unit itself; empty for an unknown id.</summary>
    public IReadOnlyList<Unit> PathOf(string id)
    {
        var path = new List<Unit>();
        for (var unit = Find(id); unit is not null && path.Count <= All.Count; unit = Find(unit.ParentId))
        {
            path.Add(unit);
        }

        path.Reverse();
        return path;
    }

    /// <summary>"Hà Nội › Phường Ba Đình › Văn phòng" — the path as people read it.</summary>
    public string PathText(string id) => string.Join(" › ", PathOf(id).Select(u => u.Name));

    /// <summary>True when <paramref name="id"/> is <paramref name="ancestorId"/> or lies beneath it.</summary>
    public bool IsWithin(string id, string ancestorId) => PathOf(id).Any(u => u.Id == ancestorId);

    /// <summary>The unit and every unit beneath it, parents before children.</summary>
    public IReadOnlyList<Unit> SubtreeOf(string id)
    {
        var result = new List<Unit>();
        if (Find(id) is not { } root)
        {
            return result;
        }

        var queue = new Queue<Unit>([root]);
        while (queue.TryDequeue(out var unit))
        {
            result.Add(unit);
            foreach (var child in ChildrenOf(unit.Id))
            {
                queue.Enqueue(child);
            }
        }

        return result;
    }

    /// <summary>
    /// Units whose name or path contains every typed word, with or without diacritics; exact name matches first,
    /// then shorter paths. At most <paramref name="limit"/>.
    /// </summary>
    public IReadOnlyList<Unit> Search(string query, int limit = 10)
    {
        var words = TextNormalizer.Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return [];
        }

        var folded = TextNormalizer.Normalize(query);
        return [.. All
            .Select(u => (Unit: u, Name: TextNormalizer.Normalize(u.Name), Path: TextNormalizer.Normalize(PathText(u.Id))))
            .Where(x => words.All(w => x.Path.Contains(w, StringComparison.Ordinal)))
            .OrderBy(x => x.Name == folded ? 0 : words.All(w => x.Name.Contains(w, StringComparison.Ordinal)) ? 1 : 2)
            .ThenBy(x => PathOf(x.Unit.Id).Count)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => x.Unit)];
    }
}
