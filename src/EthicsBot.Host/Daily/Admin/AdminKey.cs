namespace EthicsBot.Host.Daily.Admin;

using System.Security.Cryptography;
using System.Text;

internal static class AdminKey
{
    /// <summary>
    /// Compares in constant time. Both sides are hashed first so that neither the position of the first wrong
    /// character nor the length of the expected key shows in the timing.
    /// </summary>
    public static bool Matches(string? presented, string? expected)
    {
        if (string.IsNullOrEmpty(expected))
        {
            return false;
        }

        var a = SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? string.Empty));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }

    /// <summary>The token of an "Authorization: Bearer &lt;token&gt;" header, or null.</summary>
    public static string? FromAuthorizationHeader(string? header)
    {
        const string Scheme = "Bearer ";
        return header is not null && header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            ? header[Scheme.Length..].Trim()
            : null;
    }
}
