namespace EthicsBot.Content.Workbook;

/// <summary>One file an import writes: its path relative to the content folder ('/' separated), the text before and after.</summary>
/// <param name="Before">The file's text now; null when the import creates it.</param>
/// <param name="After">The new text; null when the import deletes the file (its topic has no questions left).</param>
public sealed record BankFileChange(string Path, string? Before, string? After);

/// <summary>
/// What importing a workbook into a content folder would do. Nothing is written until <see cref="BankImporter.Apply"/>;
/// with errors there is nothing to apply.
/// </summary>
public sealed record BankImportPlan
{
    public required IReadOnlyList<string> Errors { get; init; }

    public IReadOnlyList<BankFileChange> Files { get; init; } = [];

    public IReadOnlyList<string> Added { get; init; } = [];

    public IReadOnlyList<string> Changed { get; init; } = [];

    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>Units of units.yaml the Units sheet adds, alters or removes (by id).</summary>
    public int UnitsChanged { get; init; }

    /// <summary>The content version the folder will have once applied.</summary>
    public string? VersionAfter { get; init; }

    public bool IsValid => Errors.Count == 0;
}
