namespace EthicsBot.Content.Answers;

using System.Text.RegularExpressions;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Text;

/// <summary>A legal document the question names: one of the registry, or a number or version the registry does not hold.</summary>
/// <param name="Document">The registry entry; null when the named document is not in the registry.</param>
/// <param name="Text">How the question named it (a number such as "13/2023/NĐ-CP" or a title with its year).</param>
public sealed record DocumentMention(LegalDocument? Document, string Text);

/// <summary>
/// Finds the documents a free question rests on by name, so an answer can say that the law it assumes was
/// replaced ("theo Luật 22/2008…") or is unknown, instead of answering as if the premise held.
/// </summary>
public static partial class DocumentMentions
{
    public static IReadOnlyList<DocumentMention> Find(ContentCatalog catalog, string question)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(question);
        var found = new List<DocumentMention>();
        foreach (Match match in NumberPattern().Matches(question))
        {
            var number = Fold(match.Value);
            var document = catalog.Documents.Values.FirstOrDefault(d =>
                Fold(d.Number) == number || Fold(d.Number).StartsWith(number + "/", StringComparison.Ordinal));
            found.Add(new DocumentMention(document, match.Value));
        }

        var folded = " " + string.Join(' ', SearchTerms.Syllables(question)) + " ";
        foreach (var group in catalog.Documents.Values.GroupBy(d => BaseTitle(d.Title.Vi)))
        {
            foreach (var title in group.SelectMany(d => new[] { BaseTitle(d.Title.Vi), BaseTitle(d.Title.En) }).Distinct())
            {
                var at = folded.IndexOf(" " + title + " ", StringComparison.Ordinal);
                if (title.Length == 0 || at < 0)
                {
                    continue;
                }

                // "Luật An ninh mạng 2018", "the 2010 Law on Public Employees": the year sits right after or right before.
                var after = YearPattern().Match(folded, at + title.Length + 1);
                var before = YearPattern().Matches(folded[..at]).LastOrDefault();
                var year = after.Success && after.Index <= at + title.Length + 12 ? after
                    : before is not null && before.Index >= at - 10 ? before
                    : null;
                if (year is not null)
                {
                    // A year right after the title names a version: the registry's, or one it does not know.
                    var dated = group.FirstOrDefault(d => d.Issued?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == year.Value);
                    found.Add(new DocumentMention(dated, $"{title} {year.Value}"));
                }

                break;
            }
        }

        return [.. found.DistinctBy(m => m.Document?.Id ?? m.Text)];
    }

    // "13/2023/NĐ-CP", "80/2025/QH15", "874/QĐ-BTTTT", "57-NQ/TW", "13/2023" (a number without its suffix).
    [GeneratedRegex(@"\b\d{1,4}(?:/\d{4})?/[\p{L}\d]+(?:-[\p{L}\d]+)*|\b\d{1,4}-NQ/TW\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex YearPattern();

    private static string Fold(string number) => TextNormalizer.Normalize(number).Replace(" ", string.Empty, StringComparison.Ordinal);

    // "Luật An ninh mạng (2018)" and "Luật An ninh mạng" are versions of one title.
    private static string BaseTitle(string title)
    {
        var cut = title.IndexOf('(', StringComparison.Ordinal);
        return string.Join(' ', SearchTerms.Syllables(cut < 0 ? title : title[..cut]));
    }
}
