namespace EthicsBot.Content.Catalog;

/// <summary>Turns the configured content path into a full path.</summary>
public static class ContentPath
{
    public static string Resolve(string configured, string? contentRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configured);
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        var fromCurrent = Path.GetFullPath(configured);
        if (contentRoot is null)
        {
            return fromCurrent;
        }

        var fromRoot = Path.GetFullPath(Path.Combine(contentRoot, configured));
        return Directory.Exists(fromRoot) || !Directory.Exists(fromCurrent) ? fromRoot : fromCurrent;
    }
}
