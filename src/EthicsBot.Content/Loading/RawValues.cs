namespace EthicsBot.Content.Loading;

using System.Globalization;

/// <summary>Interprets scalar text. Validation calls the Try forms and reports; the builder runs only on valid content.</summary>
internal static class RawValues
{
    public const string DateFormat = "yyyy-MM-dd";

    public static DateOnly? Date(RawScalar? value, ContentDiagnostics diagnostics)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(value.At, $"'{value.Value}' is not a valid date; write YYYY-MM-DD");
        return null;
    }

    public static DateOnly? ParseDate(RawScalar? value) =>
        value is null ? null : DateOnly.ParseExact(value.Value, DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Content text is compared, counted and shown in NFC, whatever form the author's editor saved.</summary>
    public static string Text(RawScalar value) => value.Value.Normalize(System.Text.NormalizationForm.FormC);
}
