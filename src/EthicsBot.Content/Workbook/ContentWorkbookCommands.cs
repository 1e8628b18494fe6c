namespace EthicsBot.Content.Workbook;

using EthicsBot.Content.Loading;

/// <summary>"content export DIR --xlsx FILE" and "content import FILE --into DIR".</summary>
public static class ContentWorkbookCommands
{
    /// <summary>Writes the bank of <paramref name="contentDir"/> to one workbook; 1 when the folder does not load.</summary>
    public static int Export(string contentDir, string workbookPath, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = ContentLoader.Load(contentDir);
        if (result.Catalog is not { } catalog)
        {
            foreach (var error in result.Errors)
            {
                output.WriteLine(error);
            }

            output.WriteLine($"Nothing exported: the content folder has {result.Errors.Count} errors.");
            return 1;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(workbookPath));
        Directory.CreateDirectory(directory!);
        using (var file = File.Create(workbookPath))
        {
            BankWorkbookWriter.Write(catalog, file);
        }

        output.WriteLine($"{catalog.AllQuestions.Count} questions in {catalog.Topics.Count} topics written to {workbookPath} (content version {catalog.Version}).");
        return 0;
    }

    /// <summary>Validates the workbook against the folder and writes it back as YAML; on any error writes nothing and returns 1.</summary>
    public static int Import(string workbookPath, string contentDir, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!File.Exists(workbookPath))
        {
            output.WriteLine($"{workbookPath}: file not found");
            return 1;
        }

        BankImportPlan plan;
        using (var file = File.OpenRead(workbookPath))
        {
            plan = BankImporter.Plan(contentDir, file, Path.GetFileName(workbookPath));
        }

        if (!plan.IsValid)
        {
            foreach (var error in plan.Errors)
            {
                output.WriteLine(error);
            }

            output.WriteLine($"Nothing written: {plan.Errors.Count} problems.");
            return 1;
        }

        var stale = BankImporter.Apply(contentDir, plan.Files);
        if (stale.Count > 0)
        {
            output.WriteLine($"Nothing written: {string.Join(", ", stale)} changed while the workbook was checked; run the import again.");
            return 1;
        }

        output.WriteLine($"{plan.Added.Count} added, {plan.Changed.Count} changed, {plan.Removed.Count} removed, {plan.UnitsChanged} units changed; {plan.Files.Count} files written; content version {plan.VersionAfter}.");
        return 0;
    }
}
