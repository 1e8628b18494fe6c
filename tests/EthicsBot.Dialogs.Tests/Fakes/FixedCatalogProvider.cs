namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Content.Catalog;
using EthicsBot.Domain.Content;

public sealed class FixedCatalogProvider(ContentCatalog catalog) : IContentCatalogProvider
{
    public ContentCatalog Current { get; set; } = catalog;
}
