namespace EthicsBot.Content.Workbook;

using System.Text;
using EthicsBot.Content.Loading;
using EthicsBot.Domain.Units;

/// <summary>units.yaml from the Units sheet: written in the shipped layout, and only when the units differ from the folder's.</summary>
public static class UnitsYaml
{
    private static readonly string[] Reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"];

    /// <summary>units.yaml in the shipped layout for <paramref name="units"/>; see <see cref="UnitsSheetRead.Locate"/> for its lines.</summary>
    public static string Write(IReadOnlyList<WorkbookUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var text = new StringBuilder("units:\n");
        foreach (var unit in units)
        {
            text.Append("  - id: ").Append(QuestionYaml.Plain(unit.Id)).Append('\n')
                .Append("    name: ").Append(PlainName(unit.Name) ? unit.Name : QuestionYaml.Quoted(unit.Name)).Append('\n')
                .Append("    parent: ").Append(QuestionYaml.Plain(unit.Parent)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The units.yaml change the sheet asks for: null when there is no sheet or its units are those the folder has now
    /// (so an unchanged file keeps its bytes, comments and layout).
    /// </summary>
    public static BankFileChange? Change(string contentDir, UnitsSheetRead? sheet, UnitDirectory? current)
    {
        if (sheet is null)
        {
            return null;
        }

        var path = Path.Combine(contentDir, ContentFiles.Units);
        var before = File.Exists(path) ? File.ReadAllText(path) : null;
        var now = current?.All.Where(u => u.Kind == UnitKind.Local).Select(u => (u.Id, u.Name, u.ParentId ?? string.Empty));
        var wanted = sheet.Units.Select(u => (u.Id, u.Name, u.Parent));
        if (now is not null && now.SequenceEqual(wanted) && (before is not null || sheet.Units.Count == 0))
        {
            return null;
        }

        var after = Write(sheet.Units);
        return after == before ? null : new BankFileChange(ContentFiles.Units, before, after);
    }

    /// <summary>How many unit ids the change adds, alters or removes.</summary>
    public static int Count(UnitsSheetRead? sheet, UnitDirectory? current)
    {
        var now = current?.All.Where(u => u.Kind == UnitKind.Local).ToDictionary(u => u.Id, u => (u.Name, u.ParentId ?? string.Empty), StringComparer.Ordinal) ?? [];
        var wanted = sheet?.Units.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (g.First().Name, g.First().Parent), StringComparer.Ordinal);
        return wanted is null ? 0 : wanted.Count(w => !now.TryGetValue(w.Key, out var old) || old != w.Value) + now.Keys.Count(k => !wanted.ContainsKey(k));
    }

    // Unit names are written plain as a person would type them ("Xã Tân Hòa"), quoted only when YAML could read them otherwise.
    private static bool PlainName(string name) =>
        name.Length > 0 && char.IsLetter(name[0]) && name == name.Trim()
        && !name.Any(c => char.IsControl(c) || ":#\"'[]{},|>&*!%@`".Contains(c))
        && !Reserved.Contains(name, StringComparer.OrdinalIgnoreCase);
}
