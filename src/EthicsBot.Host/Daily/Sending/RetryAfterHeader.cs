namespace EthicsBot.Host.Daily.Sending;

using System.Globalization;

internal static class RetryAfterHeader
{
    /// <summary>Reads Retry-After as delay-seconds or as an HTTP date; null when absent or unreadable.</summary>
    public static TimeSpan? Read(IDictionary<string, IEnumerable<string>>? headers, DateTimeOffset now)
    {
        var value = headers?
            .FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase))
            .Value?
            .FirstOrDefault()?
            .Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at > now ? at - now : TimeSpan.Zero
            : null;
    }
}
