namespace EthicsBot.Content.Catalog;

using EthicsBot.Content.Loading;
using EthicsBot.Domain.Content;
using Microsoft.Extensions.Logging;

/// <summary>
/// Holds the live catalog. The constructor loads the folder and throws <see cref="ContentLoadException"/>
/// on any error, so the host refuses to start on bad content. <see cref="Reload"/> swaps in a new catalog
/// only when the folder is valid; otherwise the old catalog stays live and the errors are returned.
/// </summary>
public sealed class ContentCatalogProvider : IContentCatalogProvider
{
    private readonly Lock reloadLock = new();
    private readonly ILogger<ContentCatalogProvider> logger;

    // Readers take one reference per turn; a reload replaces the whole snapshot in one write.
    private volatile ContentCatalog current;

    public ContentCatalogProvider(string directory, ILogger<ContentCatalogProvider> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(logger);
        Directory = directory;
        this.logger = logger;
        var result = ContentLoader.Load(directory);
        if (result.Catalog is null)
        {
            throw new ContentLoadException(directory, result.Errors);
        }

        current = result.Catalog;
        Log.ContentLoaded(logger, current.Version, current.Questions.Count, result.Warnings.Count);
    }

    /// <summary>The full path of the content folder.</summary>
    public string Directory { get; }

    public ContentCatalog Current => current;

    /// <summary>Loads the folder again; swaps the catalog in only when it has no errors.</summary>
    public ContentLoadResult Reload()
    {
        lock (reloadLock)
        {
            var result = ContentLoader.Load(Directory);
            if (result.Catalog is null)
            {
                Log.ReloadRejected(logger, result.Errors.Count, current.Version);
                return result;
            }

            var previous = current.Version;
            current = result.Catalog;
            Log.ContentReloaded(logger, previous, current.Version, current.Questions.Count);
            return result;
        }
    }
}
