namespace EthicsBot.Content.Catalog;

using EthicsBot.Domain.Content;

/// <summary>The live content. Readers take <see cref="Current"/> once per turn; a reload swaps it atomically.</summary>
public interface IContentCatalogProvider
{
    ContentCatalog Current { get; }
}
