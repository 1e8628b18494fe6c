namespace EthicsBot.Dialogs.Explainer;

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Removes personal data from a user's text before it goes to a model or an admin list: e-mail addresses, phone
/// numbers, number plates, identity/citizen-card and bank-account numbers, and the names the bot knows (the
/// user's own and colleagues mentioned in Teams). Legal document numbers ("117/2025/QH15") and sums of money
/// ("500.000 đồng") stay: the first carry the question, the second are not about a person.
/// </summary>
public static partial class PersonalDataScrubber
{
    public const string EmailMark = "[email]";
    public const string PhoneMark = "[phone]";
    public const string PlateMark = "[plate]";
    public const string NumberMark = "[id-number]";
    public const string NameMark = "[name]";

    public static string Scrub(string text, IEnumerable<string?>? knownNames = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scrubbed = Email().Replace(text.Normalize(NormalizationForm.FormC), EmailMark);
        scrubbed = Phone().Replace(scrubbed, PhoneMark);
        scrubbed = Plate().Replace(scrubbed, PlateMark);
        scrubbed = LongNumber().Replace(scrubbed, NumberMark);
        foreach (var name in NameForms(knownNames ?? []))
        {
            scrubbed = Regex.Replace(scrubbed, $@"(?<!\p{{L}}){Regex.Escape(name)}(?!\p{{L}})", NameMark,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return scrubbed;
    }

    // "Nguyễn Thị Lan" is also written "Thị Lan" and "chị Lan"; one syllable alone ("Lan") is too often a word to remove.
    private static IEnumerable<string> NameForms(IEnumerable<string?> names) =>
        names.OfType<string>()
            .Select(n => n.Trim().Normalize(NormalizationForm.FormC))
            .Where(n => n.Length >= 2)
            .SelectMany(n =>
            {
                var parts = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return parts.Length >= 3 ? [n, string.Join(' ', parts[^2..])] : new[] { n };
            })
            .Distinct(StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true))
            .OrderByDescending(n => n.Length);

    [GeneratedRegex(@"[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    // Vietnamese mobile and landline numbers: 0 or +84, then 9–10 digits, spaced or dotted in any grouping.
    [GeneratedRegex(@"(?<!\d)(?:\+84|0084|0)(?:[ .\-]?\d){8,10}(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Phone();

    // Plates such as 51F-123.45, 30A 12345, 29-B1 123.45.
    [GeneratedRegex(@"(?<![\p{L}\d])\d{2}[ \-]?[A-Z]{1,2}\d?[ \-]?\d{3}[. ]?\d{1,2}(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Plate();

    // Identity (9 or 12 digits), citizen-card, social-insurance and bank-account numbers: any unbroken run of 6+ digits.
    [GeneratedRegex(@"(?<!\d)\d{6,}(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LongNumber();
}
