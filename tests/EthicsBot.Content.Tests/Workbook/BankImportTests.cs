namespace EthicsBot.Content.Tests.Workbook;

using EthicsBot.Content.Workbook;

/// <summary>Importing an edited workbook: only what changed is rewritten, and every problem names its sheet and cell.</summary>
public sealed class BankImportTests : IDisposable
{
    private const int Row = 12; // the 11th question of the bank, in citizen-service.yaml
    private readonly BankFixture bank = new();

    [Fact]
    public void Import_OneEditedStem_RewritesOnlyThatQuestionInItsFile()
    {
        var before = BankFixture.Files(bank.Directory);
        var stem = BankColumns.All.ToList().FindIndex(c => c.Header == BankColumns.Stem("en")) + 1;
        string id = string.Empty;
        var edited = bank.Edited(s =>
        {
            id = s.Cell(Row, 1).GetString();
            s.Cell(Row, stem).SetValue(s.Cell(Row, stem).GetString() + " (Revised.)");
        });

        var plan = bank.Plan(edited);
        BankImporter.Apply(bank.Directory, plan.Files);

        Assert.Empty(plan.Errors);
        Assert.Equal([id], plan.Changed);
        Assert.Empty(plan.Added.Concat(plan.Removed));
        var file = Assert.Single(plan.Files);
        Assert.Equal("questions/citizen-service.yaml", file.Path);
        var after = BankFixture.Files(bank.Directory);
        Assert.All(before.Where(f => f.Key != file.Path), f => Assert.Equal(f.Value, after[f.Key]));
        var catalog = EthicsBot.Content.Loading.ContentLoader.Load(bank.Directory).Catalog!;
        Assert.EndsWith(" (Revised.)", catalog.QuestionsById[id].En.Stem, StringComparison.Ordinal);
        Assert.Equal(plan.VersionAfter, catalog.Version);
        // Every other question of the file keeps its text as written, comments and wrapping included.
        var untouched = file.Before!.Split("\n  - id: ").Where(s => !s.StartsWith(id, StringComparison.Ordinal)).Skip(1);
        Assert.All(untouched, slice => Assert.Contains(slice, file.After!, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_RowsAddedAndDeleted_AreListedAsAddedAndRemoved()
    {
        string removed = string.Empty;
        var edited = bank.Edited(s =>
        {
            removed = s.Cell(3, 1).GetString();
            s.Row(434).Clear();
            s.Range(2, 1, 2, 40).CopyTo(s.Cell(434, 1));
            s.Cell(434, 1).SetValue("cs-900");
            s.Cell(434, 5).SetValue("new-objective-for-import");
            s.Row(3).Delete();
        });

        var plan = bank.Plan(edited);

        Assert.Empty(plan.Errors);
        Assert.Equal(["cs-900"], plan.Added);
        Assert.Equal([removed], plan.Removed);
    }

    [Fact]
    public void Import_BadCells_ListsEachBySheetAndCellAndWritesNothing()
    {
        var before = BankFixture.Files(bank.Directory);
        var refs = BankColumns.Letter(BankColumns.All.ToList().FindIndex(c => c.Header == BankColumns.References) + 1);
        var edited = bank.Edited(s =>
        {
            s.Cell(Row, 3).SetValue("x");
            s.Cell(Row + 1, 4).SetValue("quiz");
            s.Cell(Row + 2, refs).SetValue("Điều 5 of some law");
            s.Cell(Row + 3, 1).SetValue(s.Cell(20, 1).GetString());
        });

        var plan = bank.Plan(edited);
        BankImporter.Apply(bank.Directory, plan.Files);

        Assert.Contains("bank.xlsx!Questions!C12: difficulty 'x' must be 1, 2 or 3", plan.Errors);
        Assert.Contains("bank.xlsx!Questions!D13: kind 'quiz' must be 'single' or 'dilemma'", plan.Errors);
        Assert.Contains(plan.Errors, e => e.StartsWith($"bank.xlsx!Questions!{refs}14: 'Điều 5 of some law' is not a reference", StringComparison.Ordinal));
        Assert.Contains(plan.Errors, e => e.StartsWith("bank.xlsx!Questions!A20: id ", StringComparison.Ordinal) && e.EndsWith("is already used on row 15", StringComparison.Ordinal));
        Assert.Empty(plan.Files);
        Assert.Equal(before.Keys.Order(), BankFixture.Files(bank.Directory).Keys.Order());
    }

    [Fact]
    public void Import_ContentRuleBroken_ValidatorErrorPointsAtTheRowAndColumn()
    {
        var refs = BankColumns.Letter(BankColumns.All.ToList().FindIndex(c => c.Header == BankColumns.References) + 1);
        var edited = bank.Edited(s =>
        {
            s.Cell(Row, 3).SetValue("7");
            s.Cell(Row + 1, refs).SetValue("no-such-law-2030: Điều 1");
            s.Cell(Row + 2, 2).SetValue("no-such-topic");
        });

        var plan = bank.Plan(edited);

        Assert.Contains(plan.Errors, e => e.StartsWith("bank.xlsx!Questions!C12: ", StringComparison.Ordinal) && e.Contains("'7'", StringComparison.Ordinal));
        Assert.Contains(plan.Errors, e => e.StartsWith($"bank.xlsx!Questions!{refs}13: ", StringComparison.Ordinal) && e.Contains("no-such-law-2030", StringComparison.Ordinal));
        Assert.Contains(plan.Errors, e => e.StartsWith("bank.xlsx!Questions!B14: ", StringComparison.Ordinal) && e.Contains("no-such-topic", StringComparison.Ordinal));
        Assert.Empty(plan.Files);
    }

    [Fact]
    public void Import_NotAWorkbook_SaysSo()
    {
        var plan = bank.Plan("not a spreadsheet"u8.ToArray());

        Assert.Equal(["bank.xlsx: not a readable .xlsx workbook (FileFormatException)"], plan.Errors.Select(e => e.Split(')')[0] + ")"));
    }

    public void Dispose() => bank.Dispose();
}
