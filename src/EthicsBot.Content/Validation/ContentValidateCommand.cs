namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;

/// <summary>The <c>content validate [dir]</c> verb: one line per problem, then a summary line.</summary>
public static class ContentValidateCommand
{
    /// <returns>0 when the content has no errors (warnings allowed), 1 otherwise.</returns>
    public static int Run(string directory, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Print(directory, ContentLoader.Load(directory), output);
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
