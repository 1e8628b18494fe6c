namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;

/// <summary>
/// The <c>content validate [dir] [--at day]</c> verb: one line per problem, then a summary line. Besides the rules
/// of the files themselves it checks the bank against the law in force on the day (today in Vietnam by default).
/// </summary>
public static class ContentValidateCommand
{
    /// <returns>0 when the content has no errors (warnings allowed), 1 otherwise.</returns>
    public static int Run(string directory, TextWriter output, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = ContentLoader.Load(directory);
        var (errors, warnings) = LawCurrencyRules.Check(result, asOf);
        if (errors.Count > 0)
        {
            result = result with { Catalog = null, Errors = [.. result.Errors, .. errors] };
        }

        output.WriteLine($"Checked against the law in force on {asOf:yyyy-MM-dd} (changes up to {asOf.AddDays(Domain.Content.LawCurrency.LookAheadDays):yyyy-MM-dd} are warnings).");
        return Print(directory, result with { Warnings = [.. result.Warnings, .. warnings] }, output);
    }

    internal static int Print(string directory, ContentLoadResult result, TextWriter output)
    {
        foreach (var error in result.Errors)
        {
            output.WriteLine(error);
        }

        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"{warning.Path}:{warning.Line}:{warning.Column}: warning: {warning.Message}");
        }

        var counts = $"{result.Errors.Count} error(s), {result.Warnings.Count} warning(s)";
        output.WriteLine(result.Catalog is { } catalog
            ? $"{directory}: content {catalog.Version} is valid: {catalog.Questions.Count} questions, {catalog.Topics.Count} topics, {catalog.Documents.Count} documents; {counts}"
            : $"{directory}: content is invalid: {counts}");
        return result.Catalog is null ? 1 : 0;
    }
}
