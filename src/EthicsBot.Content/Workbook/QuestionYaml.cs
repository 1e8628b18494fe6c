namespace EthicsBot.Content.Workbook;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EthicsBot.Domain.Content;

/// <summary>A question written as YAML, with the workbook column each line came from (null: structure only).</summary>
internal sealed record QuestionBlock(string Text, IReadOnlyList<string?> LineColumns);

/// <summary>
/// Writes one question in the shipped layout: an item of <c>questions:</c>, long texts as folded <c>&gt;-</c> blocks
/// wrapped near <see cref="Width"/> characters. A text a folded block cannot carry exactly (line breaks, leading or
/// doubled spaces) is written double-quoted instead, so loading the YAML gives back the very same strings.
/// </summary>
internal static partial class QuestionYaml
{
    private const int Width = 116;

    public static QuestionBlock Write(Question q)
    {
        var w = new BlockWriter();
        w.Line($"  - id: {Plain(q.Id)}", BankColumns.Id);
        w.Line($"    difficulty: {q.Difficulty.ToString(CultureInfo.InvariantCulture)}", BankColumns.Difficulty);
        w.Line($"    kind: {(q.Kind == QuestionKind.Single ? "single" : "dilemma")}", BankColumns.Kind);
        w.Line($"    objective: {Plain(q.Objective)}", BankColumns.Objective);
        if (q.Kind == QuestionKind.Single)
        {
            w.Line($"    answer: {Plain(q.Grades.First(g => g.Value == OptionGrade.Best).Key)}", BankColumns.Answer);
        }
        else
        {
            var grades = q.OptionIds.Where(q.Grades.ContainsKey).Select(id => $"{id}: {q.Grades[id].ToString().ToLowerInvariant()}");
            w.Line($"    grades: {{ {string.Join(", ", grades)} }}", BankColumns.Grade(BankColumns.OptionIds[0]));
        }

        w.Line("    references:", BankColumns.References);
        foreach (var r in q.References)
        {
            w.Line($"      - doc: {Plain(r.DocumentId)}", BankColumns.References);
            Optional(w, "        article", r.Article);
            Optional(w, "        clause", r.Clause);
            Optional(w, "        point", r.Point);
        }

        Text(w, "vi", q.Vi);
        Text(w, "en", q.En);
        return w.Build();
    }

    private static void Optional(BlockWriter w, string key, string? value)
    {
        if (value is not null)
        {
            w.Line($"{key}: {Quoted(value)}", BankColumns.References);
        }
    }

    private static void Text(BlockWriter w, string lang, QuestionText text)
    {
        w.Line($"    {lang}:", null);
        Scalar(w, "      stem", text.Stem, BankColumns.Stem(lang));
        w.Line("      options:", null);
        foreach (var option in text.Options)
        {
            w.Line($"        - id: {Plain(option.Id)}", BankColumns.Option(lang, option.Id));
            Scalar(w, "          text", option.Text, BankColumns.Option(lang, option.Id));
            Scalar(w, "          feedback", option.Feedback, BankColumns.Feedback(lang, option.Id));
        }

        Scalar(w, "      explanation", text.Explanation, BankColumns.Explanation(lang));
    }

    private static void Scalar(BlockWriter w, string key, string value, string column)
    {
        if (!Foldable(value))
        {
            w.Line($"{key}: {Quoted(value)}", column);
            return;
        }

        w.Line($"{key}: >-", column);
        var indent = new string(' ', key.Length - key.TrimStart().Length + 2);
        foreach (var line in Wrap(value, Width - indent.Length))
        {
            w.Line(indent + line, column);
        }
    }

    // A folded block turns each single line break between two lines into one space; breaking only at a lone space
    // (never before another space) keeps the text exactly.
    private static bool Foldable(string value) =>
        value.Length > 0 && !value.Contains('\n') && !value.Contains('\r') && !value.Contains('\t')
        && value.Trim() == value && !value.Contains("  ", StringComparison.Ordinal);

    private static IEnumerable<string> Wrap(string value, int width)
    {
        var start = 0;
        while (value.Length - start > width)
        {
            var cut = value.LastIndexOf(' ', start + width, width);
            if (cut <= start)
            {
                cut = value.IndexOf(' ', start + width);
                if (cut < 0)
                {
                    break;
                }
            }

            yield return value[start..cut];
            start = cut + 1;
        }

        yield return value[start..];
    }

    internal static string Plain(string value) =>
        SafePlain().IsMatch(value) && !ReservedPlain().IsMatch(value) ? value : Quoted(value);

    /// <summary>A double-quoted YAML scalar: every character kept, line breaks and quotes escaped.</summary>
    public static string Quoted(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]*$")]
    private static partial Regex SafePlain();

    [GeneratedRegex("^(true|false|yes|no|on|off|null|y|n)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedPlain();

    private sealed class BlockWriter
    {
        private readonly StringBuilder text = new();
        private readonly List<string?> columns = [];

        public void Line(string line, string? column)
        {
            text.Append(line).Append('\n');
            columns.Add(column);
        }

        public QuestionBlock Build() => new(text.ToString(), columns);
    }
}
