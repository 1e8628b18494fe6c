namespace EthicsBot.Content.Tests.Workbook;

using ClosedXML.Excel;
using EthicsBot.Content.Loading;
using EthicsBot.Content.Workbook;

/// <summary>The Units sheet: exported from units.yaml, read back on import, units.yaml rewritten only when it changed.</summary>
public sealed class UnitsSheetTests : IDisposable
{
    private const string UnitsYaml = """
        # Đơn vị của triển khai thử
        units:
          - id: xa-tan-hoa
            name: Xã Tân Hòa
            parent: an-giang
          - id: xa-tan-hoa-van-phong
            name: Văn phòng HĐND và UBND
            parent: xa-tan-hoa
        """;

    private readonly BankFixture bank = new();

    [Fact]
    public void ExportThenImport_ShippedContent_WritesNoFileAndNoUnitsYaml()
    {
        var plan = bank.Plan(bank.Workbook);

        Assert.Empty(plan.Errors);
        Assert.Empty(plan.Files);
        Assert.Equal(0, plan.UnitsChanged);
        Assert.False(File.Exists(Path.Combine(bank.Directory, "units.yaml")));
        using var book = new XLWorkbook(new MemoryStream(bank.Workbook));
        Assert.Equal(1, book.Worksheet("Units").LastRowUsed().RowNumber());
    }

    [Fact]
    public void Export_WithUnits_WritesRowsFrozenHeaderAndParentList()
    {
        using var book = new XLWorkbook(new MemoryStream(ExportWithUnits()));
        var sheet = book.Worksheet("Units");

        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(48, sheet.Column(2).Width);
        Assert.Equal(["xa-tan-hoa", "Xã Tân Hòa", "an-giang"], Row(sheet, 2));
        Assert.Equal(["xa-tan-hoa-van-phong", "Văn phòng HĐND và UBND", "xa-tan-hoa"], Row(sheet, 3));
        var list = Assert.Single(sheet.DataValidations);
        Assert.Contains("UnitParents", list.Value, StringComparison.Ordinal);
        var parents = book.Worksheet("UnitParents");
        Assert.Equal(XLWorksheetVisibility.Hidden, parents.Visibility);
        Assert.Equal(34 + 2, parents.LastRowUsed().RowNumber());
        Assert.Equal("xa-tan-hoa-van-phong", parents.Cell(36, 1).GetString());
    }

    [Fact]
    public void Import_UnchangedUnits_LeavesUnitsYamlByteIdentical()
    {
        var workbook = ExportWithUnits();
        var before = File.ReadAllBytes(UnitsPath);

        var plan = bank.Plan(workbook);

        Assert.Empty(plan.Errors);
        Assert.Empty(plan.Files);
        Assert.Equal(0, plan.UnitsChanged);
        Assert.Equal(before, File.ReadAllBytes(UnitsPath));
    }

    [Fact]
    public void Import_EditedUnitName_RewritesUnitsYamlThatLoadsBack()
    {
        var workbook = Edit(ExportWithUnits(), s => s.Cell(2, 2).SetValue("Xã Tân Hòa mới"));

        var plan = bank.Plan(workbook);
        var stale = BankImporter.Apply(bank.Directory, plan.Files);

        Assert.Empty(plan.Errors);
        Assert.Empty(stale);
        Assert.Equal(["units.yaml"], plan.Files.Select(f => f.Path));
        Assert.Equal(1, plan.UnitsChanged);
        var units = ContentLoader.Load(bank.Directory).Catalog!.Units;
        Assert.Equal("An Giang › Xã Tân Hòa mới › Văn phòng HĐND và UBND", units.PathText("xa-tan-hoa-van-phong"));
        Assert.StartsWith("units:\n  - id: xa-tan-hoa\n    name: Xã Tân Hòa mới\n    parent: an-giang\n", File.ReadAllText(UnitsPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownParent_IsLocatedBySheetAndCellAndWritesNothing()
    {
        var workbook = Edit(ExportWithUnits(), s => s.Cell(3, 3).SetValue("khong-co"));
        var before = File.ReadAllBytes(UnitsPath);

        var plan = bank.Plan(workbook);

        var error = Assert.Single(plan.Errors);
        Assert.StartsWith("bank.xlsx!Units!C3: unknown parent 'khong-co'", error, StringComparison.Ordinal);
        Assert.Empty(plan.Files);
        Assert.Equal(before, File.ReadAllBytes(UnitsPath));
    }

    [Fact]
    public void Import_EmptyName_IsLocatedAtItsCell()
    {
        var workbook = Edit(ExportWithUnits(), s => s.Cell(5, 1).SetValue("xa-moi"));

        var plan = bank.Plan(workbook);

        Assert.Equal(["bank.xlsx!Units!B5: the unit's name is empty", "bank.xlsx!Units!C5: the unit's parent (a province id such as 'ha-noi' or another unit's id) is empty"], plan.Errors);
    }

    [Fact]
    public void Import_WorkbookWithoutUnitsSheet_LeavesUnitsYamlUntouched()
    {
        var workbook = ExportWithUnits();
        File.WriteAllText(UnitsPath, UnitsYaml.Replace("Xã Tân Hòa", "Xã Tân Hòa cũ", StringComparison.Ordinal));
        var before = File.ReadAllBytes(UnitsPath);
        using var book = new XLWorkbook(new MemoryStream(workbook));
        book.Worksheet("Units").Delete();
        using var older = new MemoryStream();
        book.SaveAs(older);

        var plan = bank.Plan(older.ToArray());

        Assert.Empty(plan.Errors);
        Assert.Empty(plan.Files);
        Assert.Equal(before, File.ReadAllBytes(UnitsPath));
    }

    public void Dispose() => bank.Dispose();

    private string UnitsPath => Path.Combine(bank.Directory, "units.yaml");

    private byte[] ExportWithUnits()
    {
        File.WriteAllText(UnitsPath, UnitsYaml + "\n");
        using var output = new MemoryStream();
        BankWorkbookWriter.Write(ContentLoader.Load(bank.Directory).Catalog!, output);
        return output.ToArray();
    }

    private static byte[] Edit(byte[] workbook, Action<IXLWorksheet> edit)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        edit(book.Worksheet("Units"));
        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    private static string[] Row(IXLWorksheet sheet, int row) => [.. Enumerable.Range(1, 3).Select(c => sheet.Cell(row, c).GetString())];
}
