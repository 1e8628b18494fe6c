namespace EthicsBot.Content.Tests.Workbook;

using System.Text.Json;
using ClosedXML.Excel;
using EthicsBot.Content.Loading;
using EthicsBot.Content.Workbook;

/// <summary>Export then import of the shipped bank: the folder comes back exactly, and every question survives a rewrite.</summary>
public sealed class BankRoundTripTests : IDisposable
{
    private readonly BankFixture bank = new();

    [Fact]
    public void ExportThenImport_ShippedBank_ReproducesEveryFileByteForByte()
    {
        var before = BankFixture.Files(bank.Directory);
        var shipped = ContentLoader.Load(bank.Directory).Catalog!;

        var plan = bank.Plan(bank.Workbook);
        var stale = BankImporter.Apply(bank.Directory, plan.Files);

        Assert.Equal((432, 11), (shipped.AllQuestions.Count, shipped.Topics.Count));
        Assert.Empty(plan.Errors);
        Assert.Empty(stale);
        Assert.Empty(plan.Files);
        Assert.Empty(plan.Added.Concat(plan.Changed).Concat(plan.Removed));
        Assert.Equal(shipped.Version, plan.VersionAfter);
        var after = BankFixture.Files(bank.Directory);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
    }

    [Fact]
    public void Import_IntoAFolderWithoutQuestionFiles_WritesEveryQuestionBackWithTheSameContent()
    {
        var shipped = ContentLoader.Load(bank.Directory).Catalog!;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(bank.Directory, "questions")))
        {
            File.Delete(file);
        }

        var plan = bank.Plan(bank.Workbook);
        BankImporter.Apply(bank.Directory, plan.Files);
        var reloaded = ContentLoader.Load(bank.Directory);

        Assert.Empty(reloaded.Errors);
        Assert.Equal(432, plan.Added.Count);
        Assert.Equal(11, plan.Files.Count);
        Assert.Equal(shipped.AllQuestions.Select(Json), reloaded.Catalog!.AllQuestions.Select(Json));
    }

    [Fact]
    public void Export_Workbook_HasFrozenHeaderWidthsAndDropDownLists()
    {
        using var book = new XLWorkbook(new MemoryStream(bank.Workbook));
        var sheet = book.Worksheet("Questions");

        Assert.Equal((1, 1), (sheet.SheetView.SplitRow, sheet.SheetView.SplitColumn));
        Assert.Equal(433, sheet.LastRowUsed().RowNumber());
        Assert.Equal("Mã câu hỏi / id", sheet.Cell(1, 1).GetString());
        Assert.Equal(60, sheet.Column(BankColumns.All.ToList().FindIndex(c => c.Header == BankColumns.Stem("vi")) + 1).Width);
        var lists = sheet.DataValidations.SelectMany(v => v.Ranges.Select(r => (Column: r.FirstCell().Address.ColumnLetter, v.Value))).ToList();
        Assert.Contains(lists, v => v.Column == "B" && v.Value.Contains("Topics", StringComparison.Ordinal));
        Assert.Contains(lists, v => v.Column == "C" && v.Value == "\"1,2,3\"");
        Assert.Contains(lists, v => v.Column == "D" && v.Value == "\"single,dilemma\"");
        Assert.Contains(lists, v => v.Column == "F" && v.Value == "\"a,b,c,d\"");
        // The four grade columns sit side by side; ClosedXML stores their list once over one range.
        Assert.Equal(4, sheet.DataValidations.Where(v => v.Value == "\"best,acceptable,wrong\"").SelectMany(v => v.Ranges).Sum(r => r.ColumnCount()));
        Assert.Equal(12, book.Worksheet("Topics").LastRowUsed().RowNumber());
    }

    private static string Json(Domain.Content.Question question) => JsonSerializer.Serialize(question);

    public void Dispose() => bank.Dispose();
}
