namespace EthicsBot.Content.Workbook;

using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using EthicsBot.Domain.Content;

/// <summary>A question read from a workbook row, with the row number for error messages.</summary>
public sealed record WorkbookQuestion(int Row, Question Question);

/// <summary>What a workbook held: its questions in row order, or every problem as <c>file!Sheet!Cell: message</c>.</summary>
/// <param name="Locate">The <c>file!Sheet!Cell</c> of a header's cell in a row, for errors found after reading.</param>
public sealed record WorkbookReadResult(IReadOnlyList<WorkbookQuestion> Questions, IReadOnlyList<string> Errors, Func<string, int, string>? Locate = null)
{
    /// <summary>The Units sheet; null when the workbook has none (exports made before it existed).</summary>
    public UnitsSheetRead? Units { get; init; }
}

/// <summary>
/// Reads the Questions sheet. Columns are found by their header, so an admin may reorder or add columns; each cell is
/// trimmed and put in Unicode NFC as the YAML loader does. Checks here are those needed to build a question at all
/// (numbers, lists, references, option cells filled in pairs); the content validator checks the rest after.
/// </summary>
public static class BankWorkbookReader
{
    public static WorkbookReadResult Read(Stream workbook, string fileName)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var errors = new List<string>();
        XLWorkbook book;
        try
        {
            book = new XLWorkbook(workbook);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new([], [$"{fileName}: not a readable .xlsx workbook ({ex.GetType().Name})"]);
        }

        using (book)
        {
            if (!book.TryGetWorksheet(BankColumns.QuestionsSheet, out var sheet))
            {
                return new([], [$"{fileName}: the workbook has no sheet named '{BankColumns.QuestionsSheet}'"]);
            }

            var columns = Headers(sheet);
            foreach (var (header, _) in BankColumns.All.Where(c => !columns.ContainsKey(c.Header)))
            {
                errors.Add($"{fileName}!{BankColumns.QuestionsSheet}!1: the column '{header}' is missing");
            }

            if (errors.Count > 0)
            {
                return new([], errors);
            }

            var questions = new List<WorkbookQuestion>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            for (var row = 2; row <= last; row++)
            {
                var cells = new RowReader(sheet, row, columns, $"{fileName}!{BankColumns.QuestionsSheet}!", errors);
                if (cells.IsEmpty)
                {
                    continue;
                }

                var question = cells.Question();
                if (question is null)
                {
                    continue;
                }

                if (seen.TryGetValue(question.Id, out var first))
                {
                    cells.Error(BankColumns.Id, $"id '{question.Id}' is already used on row {first}");
                    continue;
                }

                seen[question.Id] = row;
                questions.Add(new WorkbookQuestion(row, question));
            }

            var units = UnitsSheet.Read(book, fileName, errors);
            var prefix = $"{fileName}!{BankColumns.QuestionsSheet}!";
            return new(errors.Count == 0 ? questions : [], errors,
                (header, row) => prefix + BankColumns.Letter(columns.TryGetValue(header, out var c) ? c : columns[BankColumns.Id]) + row.ToString(CultureInfo.InvariantCulture))
            {
                Units = units,
            };
        }
    }

    private static Dictionary<string, int> Headers(IXLWorksheet sheet)
    {
        var headers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in sheet.Row(1).CellsUsed())
        {
            headers.TryAdd(cell.GetString().Trim(), cell.Address.ColumnNumber);
        }

        return headers;
    }

    private sealed class RowReader(IXLWorksheet sheet, int row, Dictionary<string, int> columns, string prefix, List<string> errors)
    {
        private int problems;

        public bool IsEmpty => columns.Values.All(c => Cell(c).Length == 0);

        public void Error(string header, string message)
        {
            problems++;
            errors.Add($"{prefix}{BankColumns.Letter(columns[header])}{row}: {message}");
        }

        public Question? Question()
        {
            var id = Required(BankColumns.Id, "the question id");
            var topic = Required(BankColumns.Topic, "the topic");
            var objective = Required(BankColumns.Objective, "the objective");
            var difficulty = 0;
            var difficultyText = Get(BankColumns.Difficulty);
            if (!int.TryParse(difficultyText, NumberStyles.None, CultureInfo.InvariantCulture, out difficulty))
            {
                Error(BankColumns.Difficulty, $"difficulty '{difficultyText}' must be 1, 2 or 3");
            }

            var kindText = Get(BankColumns.Kind);
            var kind = kindText switch
            {
                "single" => QuestionKind.Single,
                "dilemma" => QuestionKind.Dilemma,
                _ => (QuestionKind?)null,
            };
            if (kind is null)
            {
                Error(BankColumns.Kind, $"kind '{kindText}' must be 'single' or 'dilemma'");
            }

            var (references, referenceProblem) = ReferenceText.Parse(Get(BankColumns.References));
            if (referenceProblem is not null)
            {
                Error(BankColumns.References, referenceProblem);
            }

            var vi = Text("vi");
            var en = Text("en");
            var grades = kind is { } k ? Grades(k, vi?.Options.Select(o => o.Id).ToList() ?? []) : null;
            return problems > 0 || vi is null || en is null || grades is null || references is null || kind is null
                ? null
                : new Question
                {
                    Id = id,
                    TopicId = topic,
                    Objective = objective,
                    Difficulty = difficulty,
                    Kind = kind.Value,
                    Grades = grades,
                    Vi = vi,
                    En = en,
                    References = references,
                };
        }

        private Dictionary<string, OptionGrade>? Grades(QuestionKind kind, List<string> options)
        {
            var answer = Get(BankColumns.Answer);
            var graded = BankColumns.OptionIds.Where(o => Get(BankColumns.Grade(o)).Length > 0).ToList();
            if (kind == QuestionKind.Single)
            {
                foreach (var option in graded)
                {
                    Error(BankColumns.Grade(option), "grades are for dilemma questions; a single question has its key in the answer column");
                }

                if (!options.Contains(answer))
                {
                    Error(BankColumns.Answer, $"answer '{answer}' must be one of the options ({string.Join(", ", options)})");
                    return null;
                }

                return options.ToDictionary(o => o, o => o == answer ? OptionGrade.Best : OptionGrade.Wrong, StringComparer.Ordinal);
            }

            if (answer.Length > 0)
            {
                Error(BankColumns.Answer, "a dilemma question has no single answer; grade each option instead");
            }

            var grades = new Dictionary<string, OptionGrade>(StringComparer.Ordinal);
            foreach (var option in graded)
            {
                var text = Get(BankColumns.Grade(option));
                if (BankColumns.Grades.Contains(text))
                {
                    grades[option] = Enum.Parse<OptionGrade>(text, ignoreCase: true);
                }
                else
                {
                    Error(BankColumns.Grade(option), $"grade '{text}' must be best, acceptable or wrong");
                }
            }

            return grades;
        }

        private QuestionText? Text(string lang)
        {
            var stem = Required(BankColumns.Stem(lang), $"the {lang} stem");
            var explanation = Required(BankColumns.Explanation(lang), $"the {lang} explanation");
            var options = new List<QuestionOption>();
            foreach (var id in BankColumns.OptionIds)
            {
                var text = Get(BankColumns.Option(lang, id));
                var feedback = Get(BankColumns.Feedback(lang, id));
                if (text.Length == 0 && feedback.Length == 0)
                {
                    continue;
                }

                if (text.Length == 0 || feedback.Length == 0)
                {
                    Error(text.Length == 0 ? BankColumns.Option(lang, id) : BankColumns.Feedback(lang, id),
                        $"option {id} ({lang}) needs both its text and its feedback");
                    continue;
                }

                options.Add(new QuestionOption { Id = id, Text = text, Feedback = feedback });
            }

            return new QuestionText { Stem = stem, Options = options, Explanation = explanation };
        }

        private string Required(string header, string what)
        {
            var value = Get(header);
            if (value.Length == 0)
            {
                Error(header, $"{what} is empty");
            }

            return value;
        }

        private string Get(string header) => Cell(columns[header]);

        private string Cell(int column) =>
            sheet.Cell(row, column).GetString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim().Normalize(NormalizationForm.FormC);
    }
}
