namespace EthicsBot.Dialogs.Routing;

using System.Globalization;
using System.Text;
using EthicsBot.Domain.Text;

/// <summary>
/// Tells whether typed text is Vietnamese. A user whose Teams runs in English but who types "bắt đầu" or
/// "tien do" wants Vietnamese answers, so the router takes that as their language choice.
/// </summary>
public static class LanguageHint
{
    // The Vietnamese command words of the route table, so a new command's words count without a second list.
    private static readonly string[] VietnameseWords =
        [.. CommandTable.Routes.SelectMany(r => r.Vi.Concat(r.PatternWordsVi)).Distinct(StringComparer.Ordinal)];

    public static bool IsVietnamese(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (HasVietnameseLetters(text))
        {
            return true;
        }

        var folded = TextNormalizer.Normalize(text);
        return VietnameseWords.Any(w => folded == w || folded.StartsWith(w + " ", StringComparison.Ordinal)) || ReadsVietnamese(folded);
    }

    // Questions typed without diacritics ("toi co duoc chup cong van khong"): Vietnamese function syllables that are
    // not English words make up a good share of any Vietnamese sentence and almost none of an English one.
    private static readonly HashSet<string> FunctionSyllables = new(StringComparer.Ordinal)
    {
        "toi", "duoc", "khong", "cua", "nhung", "trong", "nguoi", "thi", "cho", "voi", "lam", "gi", "nao", "sao", "vay",
        "nay", "phai", "co", "la", "va", "cac", "mot", "nhu", "khi", "neu", "da", "dang", "se", "ban", "minh",
    };

    private static bool ReadsVietnamese(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var function = words.Count(FunctionSyllables.Contains);
        return words.Length >= 3 && function >= 2 && function * 4 >= words.Length;
    }

    private static bool HasVietnameseLetters(string text) =>
        text.Normalize(NormalizationForm.FormD).Any(c =>
            c is 'đ' or 'Đ' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark);
}
