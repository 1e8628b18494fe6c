namespace EthicsBot.Domain.Text;

using System.Globalization;
using System.Text;

/// <summary>Folds typed text so commands match however they were typed: "Bắt đầu", "bat dau" and "BẮT  ĐẦU" are equal.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Lower-cases, removes Vietnamese (and other) diacritics including đ→d, drops invisible format characters,
    /// collapses runs of whitespace to one space and trims. Null becomes "".
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
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

            builder.Append(c == 'đ' ? 'd' : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when both texts normalize to the same string.</summary>
    public static bool AreEquivalent(string? a, string? b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.Ordinal);
}
