namespace EthicsBot.Content.Loading;

using EthicsBot.Domain.Content;

/// <summary>
/// The outcome of loading a content folder. <see cref="Catalog"/> is set exactly when
/// <see cref="Errors"/> is empty; warnings never block loading.
/// </summary>
public sealed record ContentLoadResult
{
    public ContentCatalog? Catalog { get; init; }
    public required IReadOnlyList<ContentError> Errors { get; init; }
    public IReadOnlyList<ContentError> Warnings { get; init; } = [];
    /// <summary>Where each question's id is written, so checks made after loading can point at it.</summary>
    public IReadOnlyDictionary<string, ContentPosition> QuestionPositions { get; init; } = new Dictionary<string, ContentPosition>();

    public bool IsValid => Errors.Count == 0 && Catalog is not null;
}

/// <summary>A place in a content file, 1-based like <see cref="ContentError"/>.</summary>
public sealed record ContentPosition(string Path, int Line, int Column)
{
    public ContentError Error(string message) => new(Path, Line, Column, message);
}
