namespace EthicsBot.Content.Workbook;

using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using EthicsBot.Domain.Units;

/// <summary>A unit read from a row of the Units sheet.</summary>
public sealed record WorkbookUnit(int Row, string Id, string Name, string Parent);

/// <summary>The Units sheet of a workbook: its rows in order, and where each line of the units.yaml they make came from.</summary>
public sealed record UnitsSheetRead(IReadOnlyList<WorkbookUnit> Units, string Prefix)
{
    /// <summary>The <c>file!Units!Cell</c> of a units.yaml line written by <see cref="UnitsSheet.Yaml"/>; null for the header line.</summary>
    public string? Locate(int line)
    {
        // Line 1 is "units:"; each unit then takes three lines: id, name, parent (columns A, B, C).
        var index = (line - 2) / 3;
        return line < 2 || index >= Units.Count ? null : Prefix + "ABC"[(line - 2) % 3] + Units[index].Row.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// The deployment's own units (content/units.yaml) as a sheet: id, name, parent in columns A to C, the parent picked
/// from the provinces and the units already known. Older workbooks have no such sheet; then units.yaml is left alone.
/// </summary>
public static class UnitsSheet
{
    public const string Name = "Units";
    public const string ParentsSheet = "UnitParents";

    private static readonly string[] Headers = ["Mã đơn vị / id", "Tên đơn vị / name", "Đơn vị cấp trên / parent"];
    private static readonly int[] Widths = [28, 48, 28];
    private static readonly string[] Reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"];

    // Rows below the units that still get the parent list, for units an admin adds.
    private const int SpareRows = 200;

    public static void Write(XLWorkbook workbook, UnitDirectory units)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(units);
        var sheet = workbook.Worksheets.Add(Name);
        for (var c = 0; c < Headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(Headers[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
            sheet.Column(c + 1).Width = Widths[c];
        }

        var local = units.All.Where(u => u.Kind == UnitKind.Local).ToList();
        for (var i = 0; i < local.Count; i++)
        {
            Text(sheet.Cell(i + 2, 1), local[i].Id);
            Text(sheet.Cell(i + 2, 2), local[i].Name);
            Text(sheet.Cell(i + 2, 3), local[i].ParentId ?? string.Empty);
        }

        sheet.SheetView.FreezeRows(1);
        var parents = workbook.Worksheets.Add(ParentsSheet);
        var ids = units.All.Select(u => u.Id).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            Text(parents.Cell(i + 1, 1), ids[i]);
        }

        parents.Hide();
        var list = sheet.Range(2, 3, local.Count + 1 + SpareRows, 3).SetDataValidation();
        list.List(parents.Range(1, 1, ids.Count, 1), true);
        // A unit added in this workbook may be a parent too, so other ids are allowed; the import checks them.
        list.ShowErrorMessage = false;
    }

    /// <summary>The sheet's units, or null when the workbook has no Units sheet. Problems go to <paramref name="errors"/>.</summary>
    public static UnitsSheetRead? Read(XLWorkbook workbook, string fileName, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(errors);
        if (!workbook.TryGetWorksheet(Name, out var sheet))
        {
            return null;
        }

        var prefix = $"{fileName}!{Name}!";
        var units = new List<WorkbookUnit>();
        var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
        for (var row = 2; row <= last; row++)
        {
            var cells = Enumerable.Range(1, 3).Select(c => Cell(sheet, row, c)).ToArray();
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            var missing = Enumerable.Range(0, 3).Where(c => cells[c].Length == 0).ToList();
            foreach (var c in missing)
            {
                errors.Add($"{prefix}{"ABC"[c]}{row}: the unit's {(c == 0 ? "id" : c == 1 ? "name" : "parent (a province id such as 'ha-noi' or another unit's id)")} is empty");
            }

            if (missing.Count == 0)
            {
                units.Add(new WorkbookUnit(row, cells[0], cells[1], cells[2]));
            }
        }

        return new UnitsSheetRead(units, prefix);
    }

    /// <summary>units.yaml in the shipped layout for <paramref name="units"/>; see <see cref="UnitsSheetRead.Locate"/> for its lines.</summary>
    public static string Yaml(IReadOnlyList<WorkbookUnit> units)
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

        var path = Path.Combine(contentDir, Loading.ContentFiles.Units);
        var before = File.Exists(path) ? File.ReadAllText(path) : null;
        var now = current?.All.Where(u => u.Kind == UnitKind.Local).Select(u => (u.Id, u.Name, u.ParentId ?? string.Empty));
        var wanted = sheet.Units.Select(u => (u.Id, u.Name, u.Parent));
        if (now is not null && now.SequenceEqual(wanted) && (before is not null || sheet.Units.Count == 0))
        {
            return null;
        }

        var after = Yaml(sheet.Units);
        return after == before ? null : new BankFileChange(Loading.ContentFiles.Units, before, after);
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

    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }

    private static string Cell(IXLWorksheet sheet, int row, int column) =>
        sheet.Cell(row, column).GetString().Trim().Normalize(NormalizationForm.FormC);
}
