namespace EthicsBot.Host.Admin.Content;

using EthicsBot.Content.Catalog;

/// <summary>The outcome of the latest reload, whoever asked for it (an admin or the file watcher).</summary>
public sealed record ContentReloadOutcome(DateTimeOffset At, string By, bool Applied, string Version, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);

/// <summary>
/// Runs reloads of the live catalog and remembers the latest outcome for the admin page. The provider validates
/// before it swaps, so a bad edit never reaches a turn.
/// </summary>
public sealed class ContentReloads(ContentCatalogProvider provider, TimeProvider time)
{
    private volatile ContentReloadOutcome? last;

    public ContentReloadOutcome? Last => last;

    public ContentReloadOutcome Reload(AdminCaller by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var result = provider.Reload();
        var outcome = new ContentReloadOutcome(
            time.GetUtcNow(),
            by.Name,
            result.Catalog is not null,
            provider.Current.Version,
            [.. result.Errors.Select(e => e.ToString())],
            [.. result.Warnings.Select(w => w.ToString())]);
        last = outcome;
        return outcome;
    }
}
