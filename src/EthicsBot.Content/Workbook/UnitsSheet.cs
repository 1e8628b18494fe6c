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
    /// <summary>The <c>file!Units!Cell</c> of a units.yaml line written by <see cref="UnitsYaml.Write"/>; null for the header line.</summary>
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

    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }

    private static string Cell(IXLWorksheet sheet, int row, int column) =>
        sheet.Cell(row, column).GetString().Trim().Normalize(NormalizationForm.FormC);
}
