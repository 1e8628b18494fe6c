namespace EthicsBot.Content.Answers;

using EthicsBot.Domain;

public enum EvaluationKind
{
    Answerable,
    Unanswerable,
    Outdated,
    UnknownDocument,
}

/// <summary>One line of content/eval/free-questions.tsv.</summary>
public sealed record EvaluationItem(string Id, bool IsDev, Locale Locale, EvaluationKind Kind, IReadOnlyList<string> Expected, string Question)
{
    /// <summary>True when the bot should not answer as if the premise held.</summary>
    public bool ShouldDecline => Kind != EvaluationKind.Answerable;
}

/// <summary>Reads the evaluation set: tab-separated, "#" comments, one header line; a malformed line is an error with its number.</summary>
public static class EvaluationSet
{
    public const string DefaultPath = "content/eval/free-questions.tsv";

    public static IReadOnlyList<EvaluationItem> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<EvaluationItem>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("id\t", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 6 || cells[1] is not ("dev" or "test") || cells[2] is not ("vi" or "en") || Kind(cells[3]) is not { } kind)
            {
                throw new FormatException($"line {i + 1}: expected id, dev|test, vi|en, kind, expected ids, question separated by tabs.");
            }

            var expected = cells[4] == "-" ? [] : cells[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            items.Add(new EvaluationItem(cells[0], cells[1] == "dev", cells[2] == "vi" ? Locale.Vi : Locale.En, kind, expected, cells[5]));
        }

        return items;
    }

    private static EvaluationKind? Kind(string text) => text switch
    {
        "answerable" => EvaluationKind.Answerable,
        "unanswerable" => EvaluationKind.Unanswerable,
        "outdated" => EvaluationKind.Outdated,
        "unknown-doc" => EvaluationKind.UnknownDocument,
        _ => null,
    };
}
