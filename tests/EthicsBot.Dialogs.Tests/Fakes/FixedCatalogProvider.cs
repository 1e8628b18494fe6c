namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Content.Catalog;
using EthicsBot.Domain.Content;

public sealed class FixedCatalogProvider(ContentCatalog catalog) : IContentCatalogProvider
{
    public ContentCatalog Current { get; set; } = catalog;

    /// <summary>The last set handed to <see cref="SetQuarantine"/>.</summary>
    public IReadOnlyCollection<string> Quarantine { get; private set; } = [];

    public void SetQuarantine(IReadOnlyCollection<string> questionIds) => Quarantine = questionIds;
}
