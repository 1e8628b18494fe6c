namespace EthicsBot.Host.Bot.Edge;

/// <summary>One allow-list entry: scheme, host (or "*." plus a domain) and port.</summary>
internal sealed record ServiceUrlPattern(string Scheme, string Host, bool Subdomains, int Port)
{
    public static bool TryParse(string text, out ServiceUrlPattern pattern)
    {
        pattern = null!;
        var wildcard = text.Contains("://*.", StringComparison.Ordinal);
        var concrete = wildcard ? text.Replace("://*.", "://", StringComparison.Ordinal) : text;
        if (!ServiceUrls.TryParseUrl(concrete, out var uri))
        {
            return false;
        }

        pattern = new ServiceUrlPattern(uri.Scheme, uri.IdnHost, wildcard, uri.Port);
        return true;
    }

    public bool Matches(Uri uri) =>
        string.Equals(uri.Scheme, Scheme, StringComparison.OrdinalIgnoreCase)
        && uri.Port == Port
        && (string.Equals(uri.IdnHost, Host, StringComparison.OrdinalIgnoreCase)
            || (Subdomains && uri.IdnHost.EndsWith("." + Host, StringComparison.OrdinalIgnoreCase)));
}
