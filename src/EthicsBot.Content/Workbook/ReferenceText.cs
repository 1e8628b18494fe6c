namespace EthicsBot.Content.Workbook;

using System.Text.RegularExpressions;
using EthicsBot.Domain.Content;

/// <summary>
/// References in one cell, one per line, as a Vietnamese reader writes them:
/// <c>luat-cbcc-2025: Điều 13, khoản 2, điểm a</c> (article, clause and point optional; just <c>doc-id</c> for none).
/// </summary>
internal static partial class ReferenceText
{
    public static string Format(IEnumerable<LegalReference> references) =>
        string.Join('\n', references.Select(r =>
        {
            var parts = new List<string>();
            if (r.Article is not null)
            {
                parts.Add("Điều " + r.Article);
            }

            if (r.Clause is not null)
            {
                parts.Add("khoản " + r.Clause);
            }

            if (r.Point is not null)
            {
                parts.Add("điểm " + r.Point);
            }

            return parts.Count == 0 ? r.DocumentId : r.DocumentId + ": " + string.Join(", ", parts);
        }));

    /// <summary>The references of a cell, or the problem with the first line that does not read.</summary>
    public static (IReadOnlyList<LegalReference>? References, string? Problem) Parse(string cell)
    {
        var references = new List<LegalReference>();
        foreach (var line in cell.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var match = Line().Match(line);
            if (!match.Success)
            {
                return (null, $"'{line}' is not a reference; write 'doc-id: Điều 13, khoản 2, điểm a' (article, clause, point optional), one per line");
            }

            references.Add(new LegalReference
            {
                DocumentId = match.Groups["doc"].Value,
                Article = Value(match.Groups["article"]),
                Clause = Value(match.Groups["clause"]),
                Point = Value(match.Groups["point"]),
            });
        }

        return references.Count == 0 ? (null, "at least one reference is needed") : (references, null);
    }

    private static string? Value(Group group) => group.Success ? group.Value.Trim() : null;

    [GeneratedRegex(@"^(?<doc>[a-z0-9][a-z0-9.-]*)(?:\s*:\s*(?:Điều\s+(?<article>[^,]+?))?\s*(?:,?\s*khoản\s+(?<clause>[^,]+?))?\s*(?:,?\s*điểm\s+(?<point>[^,]+?))?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Line();
}
