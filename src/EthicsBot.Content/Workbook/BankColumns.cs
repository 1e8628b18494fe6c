namespace EthicsBot.Content.Workbook;

/// <summary>
/// The columns of the Questions sheet: one row per question, the Vietnamese and English texts side by side so an
/// admin edits both languages of a question in one place. Headers are bilingual; import finds columns by header.
/// </summary>
public static class BankColumns
{
    public const string QuestionsSheet = "Questions";
    public const string TopicsSheet = "Topics";
    public static IReadOnlyList<string> OptionIds { get; } = ["a", "b", "c", "d"];
    public static IReadOnlyList<string> Kinds { get; } = ["single", "dilemma"];
    public static IReadOnlyList<string> Grades { get; } = ["best", "acceptable", "wrong"];

    public const string Id = "Mã câu hỏi / id";
    public const string Topic = "Chủ đề / topic";
    public const string Difficulty = "Độ khó / difficulty";
    public const string Kind = "Loại / kind";
    public const string Objective = "Mục tiêu / objective";
    public const string Answer = "Đáp án / answer";
    public const string References = "Căn cứ / references";

    public static string Grade(string option) => $"Mức {option} / grade {option}";

    public static string Stem(string lang) => $"{lang}: Tình huống / stem";

    public static string Option(string lang, string option) => $"{lang}: {option}";

    public static string Feedback(string lang, string option) => $"{lang}: {option} phản hồi / feedback";

    public static string Explanation(string lang) => $"{lang}: Giải thích / explanation";

    /// <summary>Every header in sheet order, with the width the export gives its column (in characters).</summary>
    public static IReadOnlyList<(string Header, double Width)> All { get; } = Build();

    private static List<(string, double)> Build()
    {
        List<(string, double)> columns =
        [
            (Id, 12), (Topic, 20), (Difficulty, 9), (Kind, 10), (Objective, 24), (Answer, 9),
            .. OptionIds.Select(o => (Grade(o), 11.0)),
            (References, 30),
        ];
        foreach (var lang in new[] { "vi", "en" })
        {
            columns.Add((Stem(lang), 60));
            foreach (var option in OptionIds)
            {
                columns.Add((Option(lang, option), 40));
                columns.Add((Feedback(lang, option), 40));
            }

            columns.Add((Explanation(lang), 60));
        }

        return columns;
    }

    /// <summary>The spreadsheet letter of a 1-based column number (1 = A, 27 = AA).</summary>
    public static string Letter(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
