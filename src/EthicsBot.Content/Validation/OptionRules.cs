namespace EthicsBot.Content.Validation;

using System.Globalization;
using EthicsBot.Content.Loading;

/// <summary>Options run a, b, c(, d) in both languages, and every text fits on a small card.</summary>
internal static class OptionRules
{
    public static void Check(RawQuestion question, ContentDiagnostics diagnostics)
    {
        foreach (var (locale, text) in new[] { ("vi", question.Vi), ("en", question.En) })
        {
            if (text is null)
            {
                continue;
            }

            CheckLength(text.Stem, "stem", ContentLimits.StemMax, diagnostics);
            CheckLength(text.Explanation, "explanation", ContentLimits.ExplanationMax, diagnostics);
            if (text.Options is not { } options)
            {
                continue;
            }

            if (options.Count is < ContentLimits.MinOptions or > ContentLimits.MaxOptions)
            {
                diagnostics.Error(text.OptionsAt, $"{locale} has {options.Count} options; a question has 3 or 4");
            }

            for (var i = 0; i < options.Count; i++)
            {
                // Past the fourth option the count error above already says what is wrong.
                if (i < ContentLimits.OptionIds.Count && options[i].Id is { } id && id.Value != ContentLimits.OptionIds[i])
                {
                    diagnostics.Error(id.At, $"option {i + 1} must have id '{ContentLimits.OptionIds[i]}'; ids run a, b, c, d in order");
                }

                CheckLength(options[i].Text, "option text", ContentLimits.OptionMax, diagnostics);
                if (options[i].Text is { } optionText && ItemWriting.PointsAtOtherOptions(optionText.Value))
                {
                    diagnostics.Error(optionText.At, "an option may not point at other options (\"all of the above\", \"cả a và b\"); write the rule out");
                }

                CheckLength(options[i].Feedback, "feedback", ContentLimits.FeedbackMax, diagnostics);
            }
        }

        if (question.Vi?.Options is { } vi && question.En?.Options is { } en && vi.Count != en.Count)
        {
            diagnostics.Error(question.En.OptionsAt, $"en has {en.Count} options but vi has {vi.Count}; both languages carry the same option ids");
        }
    }

    /// <summary>Characters as a reader counts them: text elements of the NFC form.</summary>
    public static int Length(RawScalar value) => new StringInfo(RawValues.Text(value)).LengthInTextElements;

    private static void CheckLength(RawScalar? value, string what, int max, ContentDiagnostics diagnostics)
    {
        // A text in NFC has no more text elements than UTF-16 units, so most texts need no counting at all.
        if (value is null || (value.Value.Length <= max && value.Value.IsNormalized(System.Text.NormalizationForm.FormC)))
        {
            return;
        }

        if (Length(value) is var length && length > max)
        {
            diagnostics.Error(value.At, $"{what} is {length} characters; the limit is {max}");
        }
    }
}
