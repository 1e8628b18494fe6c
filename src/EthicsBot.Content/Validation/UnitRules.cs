namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;
using EthicsBot.Domain.Units;

/// <summary>
/// units.yaml: ids unique (also against the shipped provinces), every parent known, no unit its own ancestor, names in
/// one spelling. The provinces are built in, so every entry needs a parent.
/// </summary>
internal static class UnitRules
{
    public static void Check(IReadOnlyList<RawUnit> units, ContentDiagnostics diagnostics)
    {
        if (units.Count == 0)
        {
            return;
        }

        var provinces = Provinces.All.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var id in units.Select(u => u.Id).OfType<RawScalar>().Where(id => provinces.ContainsKey(id.Value)))
        {
            diagnostics.Error(id.At, $"unit id '{id.Value}' is a built-in provincial-level unit ({provinces[id.Value].Name}); choose another id");
        }

        var defined = IdRules.CheckUnique(units.Select(u => u.Id), "unit", diagnostics);
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            SpellingRules.Check(unit.Name, diagnostics);
            if (unit.Parent is not { } parent)
            {
                diagnostics.Error(unit.At, "missing 'parent': the 34 provincial-level units are built in (for example 'ha-noi'); give each unit the id of the unit above it");
            }
            else if (!defined.ContainsKey(parent.Value) && !provinces.ContainsKey(parent.Value))
            {
                diagnostics.Error(parent.At, $"unknown parent '{parent.Value}': not a unit of this file nor a built-in provincial-level unit");
            }
            else if (unit.Id is { } id && defined[id.Value] == id)
            {
                parents[id.Value] = parent.Value;
            }
        }

        ReportCycles(parents, defined, diagnostics);
    }

    // A parent chain that comes back to where it started never reaches a province; report each cycle once, at its first unit.
    private static void ReportCycles(Dictionary<string, string> parents, Dictionary<string, RawScalar> defined, ContentDiagnostics diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in parents.Keys)
        {
            var chain = new List<string> { start };
            var current = start;
            while (parents.TryGetValue(current, out var next) && chain.Count <= parents.Count)
            {
                if (next == start)
                {
                    if (chain.All(reported.Add))
                    {
                        diagnostics.Error(defined[start].At, $"units form a cycle: {string.Join(" → ", chain.Append(start))}");
                    }

                    break;
                }

                chain.Add(next);
                current = next;
            }
        }
    }
}
