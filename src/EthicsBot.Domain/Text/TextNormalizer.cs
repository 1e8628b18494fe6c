namespace EthicsBot.Domain.Text;

using System.Globalization;
using System.Text;

/// <summary>Folds typed text so commands match however they were typed: "Bắt đầu", "bat dau" and "BẮT  ĐẦU" are equal.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Lower-cases, removes Vietnamese (and other) diacritics including đ→d, folds full-width forms and digits of
    /// any script to ASCII, drops invisible format characters,
    /// collapses runs of whitespace to one space and trims. Null becomes "".
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Compatibility decomposition also folds full-width forms ("８：３０") typed on CJK keyboards.
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            // Format characters are the zero-width joiners and marks phone keyboards and copy-paste leave behind.
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Fold(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // Digits of any script count as the digits they are ("٨:٣٠" is 8:30), so parsers see only ASCII digits.
    private static char Fold(char c) =>
        c == 'đ' ? 'd'
        : c is < '0' or > '9' && char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c))
        : c;

    /// <summary>True when both texts normalize to the same string.</summary>
    public static bool AreEquivalent(string? a, string? b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);
}
