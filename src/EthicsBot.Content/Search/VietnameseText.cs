namespace EthicsBot.Content.Search;

using System.Text;
using EthicsBot.Domain.Text;

/// <summary>
/// Folds Vietnamese text into words for matching: <see cref="TextNormalizer"/> (lower case, no diacritics,
/// đ read as d) and then punctuation turned into single spaces. Admins type without diacritics
/// ("bi mat nha nuoc") and stems differ in punctuation, so search and the duplicate check compare folded words.
/// </summary>
public static class VietnameseText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.Normalize(text);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>, in order.</summary>
    public static string[] Words(string text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
