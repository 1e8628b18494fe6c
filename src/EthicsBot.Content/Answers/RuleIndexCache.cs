namespace EthicsBot.Content.Answers;

using EthicsBot.Domain.Content;

/// <summary>
/// One <see cref="RuleIndex"/> per catalog snapshot. The askable questions change with a reload and with the day
/// (law taking effect), so the index is rebuilt when the version or the day of the catalog differs; a few
/// milliseconds for the whole bank, once.
/// </summary>
public sealed class RuleIndexCache
{
    private (string Version, DateOnly? AsOf, RuleIndex Index)? current;

    public RuleIndex For(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var snapshot = current;
        if (snapshot is { } s && s.Version == catalog.Version && s.AsOf == catalog.AsOf)
        {
            return s.Index;
        }

        // Two turns racing here both build; the last one wins, and both indexes are equal anyway.
        var index = RuleIndex.Build(catalog);
        current = (catalog.Version, catalog.AsOf, index);
        return index;
    }
}
