namespace EthicsBot.Host.Daily.Throttling;

internal static class RetryBackoff
{
    /// <summary>
    /// Delay before the next attempt after attempt number <paramref name="attempt"/> (1-based) failed: the base
    /// delay doubled per attempt and capped, with "equal jitter" (half fixed, half random) so the retries of a
    /// failed burst spread out instead of coming back together. Retry-After, when given, is a floor.
    /// </summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan? retryAfter, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentNullException.ThrowIfNull(random);
        var doublings = Math.Min(attempt - 1, 30);
        var exponential = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * Math.Pow(2, doublings), maxDelay.Ticks));
        var jittered = (exponential / 2) + (exponential / 2 * random.NextDouble());
        return retryAfter is { } floor && floor > jittered ? floor : jittered;
    }
}
