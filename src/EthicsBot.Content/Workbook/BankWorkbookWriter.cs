namespace EthicsBot.Content.Workbook;

using System.Globalization;
using ClosedXML.Excel;
using EthicsBot.Domain.Content;

/// <summary>
/// Writes the whole bank to one workbook: the Questions sheet (frozen header row and id column, set widths, wrapped
/// text, drop-down lists for topic, difficulty, kind, answer and grades), a Topics sheet the topic list points at, and
/// the deployment's units (<see cref="UnitsSheet"/>).
/// </summary>
public static class BankWorkbookWriter
{
    // Rows below the bank that still get the drop-down lists, for questions an admin adds.
    private const int SpareRows = 500;

    public static void Write(ContentCatalog catalog, Stream output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(BankColumns.QuestionsSheet);
        var topics = workbook.Worksheets.Add(BankColumns.TopicsSheet);
        WriteTopics(topics, catalog.Topics);
        UnitsSheet.Write(workbook, catalog.Units);

        var columns = BankColumns.All;
        for (var c = 0; c < columns.Count; c++)
        {
            var header = sheet.Cell(1, c + 1);
            header.SetValue(columns[c].Header);
            header.Style.Font.Bold = true;
            header.Style.Fill.BackgroundColor = XLColor.FromArgb(0xDD, 0xEB, 0xF7);
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        var index = columns.Select((col, i) => (col.Header, Number: i + 1)).ToDictionary(x => x.Header, x => x.Number, StringComparer.Ordinal);
        var row = 2;
        foreach (var question in catalog.AllQuestions)
        {
            foreach (var (header, value) in Cells(question))
            {
                Text(sheet.Cell(row, index[header]), value);
            }

            row++;
        }

        var lastRow = row + SpareRows;
        sheet.Range(2, 1, lastRow, columns.Count).Style.Alignment.WrapText = true;
        sheet.Range(2, 1, lastRow, columns.Count).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        sheet.SheetView.Freeze(1, 1);
        List(sheet, index[BankColumns.Topic], lastRow).List(topics.Range(2, 1, catalog.Topics.Count + 1, 1), true);
        List(sheet, index[BankColumns.Difficulty], lastRow).List("\"1,2,3\"", true);
        List(sheet, index[BankColumns.Kind], lastRow).List(Quote(BankColumns.Kinds), true);
        List(sheet, index[BankColumns.Answer], lastRow).List(Quote(BankColumns.OptionIds), true);
        foreach (var option in BankColumns.OptionIds)
        {
            List(sheet, index[BankColumns.Grade(option)], lastRow).List(Quote(BankColumns.Grades), true);
        }

        workbook.SaveAs(output);
    }

    /// <summary>The cells of one question's row, by header.</summary>
    internal static IEnumerable<(string Header, string Value)> Cells(Question q)
    {
        yield return (BankColumns.Id, q.Id);
        yield return (BankColumns.Topic, q.TopicId);
        yield return (BankColumns.Difficulty, q.Difficulty.ToString(CultureInfo.InvariantCulture));
        yield return (BankColumns.Kind, q.Kind == QuestionKind.Single ? "single" : "dilemma");
        yield return (BankColumns.Objective, q.Objective);
        if (q.Kind == QuestionKind.Single)
        {
            yield return (BankColumns.Answer, q.Grades.First(g => g.Value == OptionGrade.Best).Key);
        }
        else
        {
            foreach (var (option, grade) in q.Grades)
            {
                yield return (BankColumns.Grade(option), grade.ToString().ToLowerInvariant());
            }
        }

        yield return (BankColumns.References, ReferenceText.Format(q.References));
        foreach (var (lang, text) in new[] { ("vi", q.Vi), ("en", q.En) })
        {
            yield return (BankColumns.Stem(lang), text.Stem);
            foreach (var option in text.Options)
            {
                yield return (BankColumns.Option(lang, option.Id), option.Text);
                yield return (BankColumns.Feedback(lang, option.Id), option.Feedback);
            }

            yield return (BankColumns.Explanation(lang), text.Explanation);
        }
    }

    private static void WriteTopics(IXLWorksheet sheet, IReadOnlyList<Topic> topics)
    {
        string[] headers = ["Mã chủ đề / topic id", "Tên (vi)", "Name (en)"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
            sheet.Column(c + 1).Width = c == 0 ? 22 : 40;
        }

        for (var i = 0; i < topics.Count; i++)
        {
            Text(sheet.Cell(i + 2, 1), topics[i].Id);
            Text(sheet.Cell(i + 2, 2), topics[i].Name.Vi);
            Text(sheet.Cell(i + 2, 3), topics[i].Name.En);
        }

        sheet.SheetView.FreezeRows(1);
    }

    // Every cell is text, so "1" stays "1" and an article "05" keeps its zero.
    private static void Text(IXLCell cell, string value)
    {
        cell.SetValue(value);
        cell.DataType = XLDataType.Text;
    }

    private static IXLDataValidation List(IXLWorksheet sheet, int column, int lastRow)
    {
        var validation = sheet.Range(2, column, lastRow, column).SetDataValidation();
        validation.ErrorTitle = "EthicsBot";
        validation.ErrorMessage = "Chọn một giá trị trong danh sách. / Pick a value from the list.";
        return validation;
    }

    private static string Quote(IEnumerable<string> values) => "\"" + string.Join(',', values) + "\"";
}
