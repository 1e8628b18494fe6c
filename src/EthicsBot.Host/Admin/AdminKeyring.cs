namespace EthicsBot.Host.Admin;

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

/// <summary>
/// The configured admin keys, hashed once. A presented token is compared with every key, in constant time and without
/// stopping at a match, so timing shows neither which key matched nor how close a guess came.
/// </summary>
public sealed class AdminKeyring
{
    private readonly IReadOnlyList<(byte[] Hash, AdminCaller Caller)> keys;

    public AdminKeyring(IOptions<AdminOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        var list = new List<(byte[], AdminCaller)>();
        if (!string.IsNullOrEmpty(value.ApiKey))
        {
            list.Add((Hash(value.ApiKey), new AdminCaller(AdminOptions.DefaultKeyName, null)));
        }

        foreach (var (name, key) in value.Keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            if (!string.IsNullOrEmpty(key.Key))
            {
                list.Add((Hash(key.Key), new AdminCaller(name, string.IsNullOrWhiteSpace(key.Unit) ? null : key.Unit.Trim())));
            }
        }

        keys = list;
    }

    public bool Enabled => keys.Count > 0;

    public int Count => keys.Count;

    /// <summary>The caller whose key is <paramref name="token"/>, or null.</summary>
    public AdminCaller? Identify(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var presented = Hash(token);
        AdminCaller? match = null;
        foreach (var (hash, caller) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash))
            {
                match = caller;
            }
        }

        return match;
    }

    /// <summary>The caller named by an "Authorization: Bearer &lt;key&gt;" header, or null.</summary>
    public AdminCaller? FromRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Identify(AdminKey.FromAuthorizationHeader(request.Headers.Authorization));
    }

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
