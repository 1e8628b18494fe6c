namespace EthicsBot.Content.Loading;

/// <summary>Collects every problem of one load so an author sees them all at once, not one per run.</summary>
internal sealed class ContentDiagnostics
{
    private readonly List<ContentError> errors = [];
    private readonly List<ContentError> warnings = [];

    public bool HasErrors => errors.Count > 0;

    public void Error(SourceMark at, string message) => errors.Add(at.Error(message));

    public void Warning(SourceMark at, string message) => warnings.Add(at.Error(message));

    /// <summary>Takes over what another collector found (a file parsed on its own thread).</summary>
    public void Absorb(ContentDiagnostics other)
    {
        errors.AddRange(other.errors);
        warnings.AddRange(other.warnings);
    }

    public IReadOnlyList<ContentError> Errors => Sorted(errors);

    public IReadOnlyList<ContentError> Warnings => Sorted(warnings);

    private static ContentError[] Sorted(List<ContentError> list) =>
        [.. list.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)];
}
