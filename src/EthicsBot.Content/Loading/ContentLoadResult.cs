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

    public bool IsValid => Errors.Count == 0 && Catalog is not null;
}
