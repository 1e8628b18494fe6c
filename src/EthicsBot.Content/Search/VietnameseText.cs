namespace EthicsBot.Content.Search;

using System.Globalization;
using System.Text;

/// <summary>
/// Folds Vietnamese text for matching: lower case, tone marks and vowel marks removed, đ read as d,
/// punctuation turned into single spaces. Users on old phones often type without diacritics
/// ("bi mat nha nuoc"), so every lookup compares folded forms.
/// </summary>
public static class VietnameseText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>, in order.</summary>
    public static string[] Words(string text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
