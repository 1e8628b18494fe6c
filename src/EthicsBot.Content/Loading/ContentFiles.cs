namespace EthicsBot.Content.Loading;

/// <summary>One content file read into memory; parsing and hashing use the same bytes, so the version always matches what was parsed.</summary>
internal sealed record ContentFile(string Name, string DisplayPath, byte[] Bytes);

/// <summary>Finds and reads the files of a content folder.</summary>
internal static class ContentFiles
{
    public const string Topics = "topics.yaml";
    public const string Registry = "references.yaml";
    public const string Calendar = "calendar.yaml";
    /// <summary>Optional: a deployment's own units below the shipped provinces.</summary>
    public const string Units = "units.yaml";
    public const string QuestionsFolder = "questions";
    /// <summary>More registry files beside references.yaml, so documents can be kept by area.</summary>
    public const string RegistryFolder = "references";

    public static bool IsRegistry(ContentFile file) =>
        file.Name == Registry || file.Name.StartsWith(RegistryFolder + "/", StringComparison.Ordinal);

    /// <summary>Reads the three fixed files, units.yaml when present, every <c>*.yaml</c> under references/ and under questions/, in ordinal name order.</summary>
    public static IReadOnlyList<ContentFile> Read(string directory, ContentDiagnostics diagnostics)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(SourceMark.FileStart(DisplayPath(root)), "content folder not found");
            return [];
        }

        var files = new List<ContentFile>();
        foreach (var name in new[] { Topics, Registry, Calendar })
        {
            var full = Path.Combine(root, name);
            if (File.Exists(full))
            {
                AddFile(files, root, full, diagnostics);
            }
            else
            {
                diagnostics.Error(SourceMark.FileStart(DisplayPath(full)), $"required file '{name}' is missing");
            }
        }

        var units = Path.Combine(root, Units);
        if (File.Exists(units))
        {
            AddFile(files, root, units, diagnostics);
        }

        AddFolder(files, root, Path.Combine(root, RegistryFolder), diagnostics);
        AddFolder(files, root, Path.Combine(root, QuestionsFolder), diagnostics);
        return files;
    }

    private static void AddFolder(List<ContentFile> files, string root, string folder, ContentDiagnostics diagnostics)
    {
        if (Directory.Exists(folder))
        {
            // Editors leave lock and backup files such as ".#topic.yaml" next to the real ones; they are not content.
            var names = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                    && !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal);
            foreach (var full in names)
            {
                AddFile(files, root, full, diagnostics);
            }
        }
    }

    /// <summary>The path as printed in errors: relative to the working directory when beneath it, else absolute.</summary>
    public static string DisplayPath(string fullPath)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    private static void AddFile(List<ContentFile> files, string root, string full, ContentDiagnostics diagnostics)
    {
        var name = Path.GetRelativePath(root, full).Replace('\\', '/');
        try
        {
            files.Add(new ContentFile(name, DisplayPath(full), File.ReadAllBytes(full)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceMark.FileStart(DisplayPath(full)), $"cannot read file: {ex.Message}");
        }
    }
}
