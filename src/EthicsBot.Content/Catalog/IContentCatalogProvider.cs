namespace EthicsBot.Content.Catalog;

using EthicsBot.Domain.Content;

/// <summary>The live content. Readers take <see cref="Current"/> once per turn; a reload swaps it atomically.</summary>
public interface IContentCatalogProvider
{
    ContentCatalog Current { get; }

    /// <summary>
    /// Holds these questions back from new sessions (learners reported them); the set replaces the previous one. A
    /// provider that cannot hold questions back ignores it.
    /// </summary>
    void SetQuarantine(IReadOnlyCollection<string> questionIds)
    {
    }
}
