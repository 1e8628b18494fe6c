namespace EthicsBot.Host.Bot.Edge;

using System.Net;
using Microsoft.Extensions.Options;

/// <summary>
/// Where the bot may send: an activity's service URL is where its reply goes and, stored, where the daily push goes
/// later. An unchecked one lets anyone who can reach /api/messages make the bot call any address (link-local and
/// private ones included), so only trusted URLs are ever called: with an app id the Bot Connector hosts (the token's
/// own service-URL claim is checked by the Bot Framework on top), in local anonymous mode loopback, unless
/// <c>Bot:AllowedServiceUrls</c> says otherwise.
/// </summary>
public sealed class ServiceUrls
{
    // The public cloud's Bot Connector endpoints for Teams and the other channels.
    private static readonly string[] BotConnectorDefaults = ["https://smba.trafficmanager.net/", "https://*.botframework.com/"];

    private readonly IReadOnlyList<ServiceUrlPattern> allowed;
    private readonly bool loopbackByDefault;

    public ServiceUrls(IOptions<ServiceUrlOptions> options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var anonymous = string.IsNullOrEmpty(configuration["MicrosoftAppId"]);
        var configured = options.Value.AllowedServiceUrls;
        loopbackByDefault = anonymous && configured.Count == 0;
        var entries = configured.Count > 0 ? configured : anonymous ? [] : BotConnectorDefaults;
        allowed = [.. entries.Select(e => ServiceUrlPattern.TryParse(e, out var p) ? p : null).OfType<ServiceUrlPattern>()];
    }

    /// <summary>An absolute http(s) URL with a host and a valid port, or false.</summary>
    public static bool TryParseUrl(string? text, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2048
            || !Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(parsed.Host) || !string.IsNullOrEmpty(parsed.UserInfo))
        {
            return false;
        }

        uri = parsed;
        return true;
    }

    public bool IsTrusted(string? serviceUrl) => TryParseUrl(serviceUrl, out var uri) && IsTrusted(uri);

    public bool IsTrusted(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return loopbackByDefault ? IsLoopback(uri) : allowed.Any(p => p.Matches(uri));
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
