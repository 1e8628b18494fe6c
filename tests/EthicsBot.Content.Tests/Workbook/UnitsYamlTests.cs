namespace EthicsBot.Content.Tests.Workbook;

using ClosedXML.Excel;
using EthicsBot.Content.Loading;
using EthicsBot.Content.Workbook;

/// <summary>units.yaml written from the Units sheet when the folder has none, with names YAML must quote.</summary>
public sealed class UnitsYamlTests : IDisposable
{
    private readonly BankFixture bank = new();

    public void Dispose() => bank.Dispose();

    [Fact]
    public void Import_UnitsAddedToShippedExport_CreatesUnitsYamlThatLoadsBack()
    {
        using var book = new XLWorkbook(new MemoryStream(bank.Workbook));
        var sheet = book.Worksheet("Units");
        sheet.Cell(2, 1).SetValue("phuong-ba-dinh");
        sheet.Cell(2, 2).SetValue("Phường Ba Đình: Văn phòng #1");
        sheet.Cell(2, 3).SetValue("ha-noi");
        sheet.Cell(3, 1).SetValue("to-mot-cua");
        sheet.Cell(3, 2).SetValue("Tổ một cửa");
        sheet.Cell(3, 3).SetValue("phuong-ba-dinh");
        using var edited = new MemoryStream();
        book.SaveAs(edited);

        var plan = bank.Plan(edited.ToArray());
        var stale = BankImporter.Apply(bank.Directory, plan.Files);

        Assert.Empty(plan.Errors);
        Assert.Empty(stale);
        var change = Assert.Single(plan.Files);
        Assert.Equal(("units.yaml", (string?)null), (change.Path, change.Before));
        Assert.Equal(2, plan.UnitsChanged);
        var loaded = ContentLoader.Load(bank.Directory);
        Assert.Empty(loaded.Errors);
        Assert.Equal("Hà Nội › Phường Ba Đình: Văn phòng #1 › Tổ một cửa", loaded.Catalog!.Units.PathText("to-mot-cua"));
        Assert.Contains("    name: Tổ một cửa\n", File.ReadAllText(Path.Combine(bank.Directory, "units.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ReservedOrPunctuatedNames_AreQuoted()
    {
        var text = UnitsYaml.Write([new(2, "a", "yes", "ha-noi"), new(3, "b", "- Tổ", "ha-noi"), new(4, "c", "Xã Tân Hòa", "ha-noi")]);

        Assert.Contains("    name: \"yes\"\n", text, StringComparison.Ordinal);
        Assert.Contains("    name: \"- Tổ\"\n", text, StringComparison.Ordinal);
        Assert.Contains("    name: Xã Tân Hòa\n", text, StringComparison.Ordinal);
    }
}
