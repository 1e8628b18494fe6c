namespace EthicsBot.Content.Reporting;

using EthicsBot.Content.Loading;
using EthicsBot.Content.Validation;

/// <summary>The <c>content report [dir] [--at day]</c> verb: coverage tables for a valid folder, the errors otherwise.</summary>
public static class ContentReportCommand
{
    /// <returns>0 when the content is valid and the report was printed, 1 otherwise.</returns>
    public static int Run(string directory, TextWriter output, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = ContentLoader.Load(directory);
        if (result.Catalog is null)
        {
            return ContentValidateCommand.Print(directory, result, output);
        }

        output.WriteLine(ContentReportRenderer.Render(ContentReport.Build(result.Catalog, asOf)));
        return 0;
    }
}
