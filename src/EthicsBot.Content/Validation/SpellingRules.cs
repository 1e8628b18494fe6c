namespace EthicsBot.Content.Validation;

using System.Text;
using EthicsBot.Content.Loading;
using EthicsBot.Domain.Text;

/// <summary>Every text of a question in one spelling: NFC and the traditional tone-mark placement, with the fix in the message.</summary>
internal static class SpellingRules
{
    public static void Check(RawQuestion question, ContentDiagnostics diagnostics)
    {
        foreach (var text in new[] { question.Vi, question.En }.OfType<RawQuestionText>())
        {
            Check(text.Stem, diagnostics);
            Check(text.Explanation, diagnostics);
            foreach (var option in text.Options ?? [])
            {
                Check(option.Text, diagnostics);
                Check(option.Feedback, diagnostics);
            }
        }
    }

    /// <summary>Topic names and descriptions and registry titles are shown to users too.</summary>
    public static void Check(RawText? text, ContentDiagnostics diagnostics)
    {
        Check(text?.Vi, diagnostics);
        Check(text?.En, diagnostics);
    }

    public static void Check(RawScalar? scalar, ContentDiagnostics diagnostics)
    {
        if (scalar is null)
        {
            return;
        }

        var value = scalar.Value;
        if (!VietnameseSpelling.MayNeedCorrection(value))
        {
            return;
        }

        if (!value.IsNormalized(NormalizationForm.FormC))
        {
            diagnostics.Error(scalar.At, $"text is not in Unicode NFC (composed characters); write '{Excerpt(VietnameseSpelling.Correct(value), FirstDifference(value.Normalize(NormalizationForm.FormC), value))}'");
            return;
        }

        var corrected = VietnameseSpelling.Correct(value);
        if (corrected != value)
        {
            var at = FirstDifference(value, corrected);
            diagnostics.Error(scalar.At, $"tone mark placement: write '{Word(corrected, at)}', not '{Word(value, at)}' (traditional placement, as in legal texts)");
        }
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Word(string text, int index)
    {
        index = Math.Min(index, text.Length - 1);
        var start = index;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var end = index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static string Excerpt(string text, int index)
    {
        var start = Math.Max(0, Math.Min(index, text.Length) - 20);
        return text.Substring(start, Math.Min(40, text.Length - start));
    }
}
