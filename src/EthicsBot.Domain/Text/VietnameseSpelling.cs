namespace EthicsBot.Domain.Text;

using System.Text;

/// <summary>
/// One spelling for the bank: Unicode NFC, and the traditional tone-mark placement of legal texts ("hòa", "thủy",
/// "khỏe", "Ủy ban"), not the newer one ("hoà", "thuỷ", "khoẻ", "Uỷ ban"). The two styles differ only in open
/// syllables ending in oa, oe or uy, where the traditional style marks the first vowel.
/// </summary>
public static class VietnameseSpelling
{
    // The five tone marks as combining characters, in the order of the precomposed tables below.
    private const string ToneMarks = "\u0300\u0301\u0309\u0303\u0323";

    /// <summary>The text in NFC with traditional tone-mark placement; unchanged when it already is.</summary>
    public static string Correct(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed);
        for (var i = 2; i < builder.Length; i++)
        {
            // Pattern (decomposed): first vowel, second vowel, tone mark, then no further letter or mark.
            if (ToneMarks.IndexOf(builder[i]) < 0 || !IsPair(builder[i - 2], builder[i - 1]))
            {
                continue;
            }

            var next = i + 1 < builder.Length ? builder[i + 1] : ' ';
            var before = i >= 3 ? builder[i - 3] : ' ';
            var startsQu = char.ToLowerInvariant(builder[i - 2]) == 'u' && char.ToLowerInvariant(before) == 'q';
            if (char.IsLetter(next) || char.GetUnicodeCategory(next) == System.Globalization.UnicodeCategory.NonSpacingMark || startsQu)
            {
                continue;
            }

            var mark = builder[i];
            builder.Remove(i, 1);
            builder.Insert(i - 1, mark);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when <see cref="Correct"/> would change nothing.</summary>
    public static bool IsCorrect(string text) => !MayNeedCorrection(text) || Correct(text) == text;

    /// <summary>
    /// A cheap scan for what <see cref="Correct"/> could change: text not in NFC, or a precomposed a, e or y with a tone
    /// mark right after o or u. Most texts have neither, and need no normalisation at all.
    /// </summary>
    public static bool MayNeedCorrection(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u00C0')
            {
                continue;
            }

            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                return true;
            }

            if (i > 0 && TonedSecondVowels.Contains(c) && (char.ToLowerInvariant(text[i - 1]) is 'o' or 'u'))
            {
                return true;
            }
        }

        return false;
    }

    // a, e and y with one of the five tone marks, precomposed, both cases.
    private const string TonedSecondVowels = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ";

    // o+a, o+e, u+y with no mark of their own on either vowel (oă, uê and the like are marked alike in both styles).
    private static bool IsPair(char first, char second) =>
        (char.ToLowerInvariant(first), char.ToLowerInvariant(second)) is ('o', 'a') or ('o', 'e') or ('u', 'y');
}
