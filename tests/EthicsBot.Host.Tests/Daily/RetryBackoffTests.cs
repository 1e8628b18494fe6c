namespace EthicsBot.Host.Tests.Daily;

using EthicsBot.Host.Daily.Throttling;

public sealed class RetryBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(1, 0.5, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(4, 4, 8)]
    [InlineData(20, 150, 300)]
    public void Delay_Attempt_DoublesWithJitterUpToTheCap(int attempt, double minSeconds, double maxSeconds)
    {
        var random = new Random(attempt);
        var delays = Enumerable.Range(0, 200).Select(_ => RetryBackoff.Delay(attempt, Base, Max, null, random)).ToList();

        Assert.All(delays, d => Assert.InRange(d.TotalSeconds, minSeconds, maxSeconds));
        Assert.True(delays.Distinct().Count() > 100, "jitter spreads the delays");
    }

    [Fact]
    public void Delay_RetryAfterLongerThanBackoff_IsRetryAfter()
    {
        var delay = RetryBackoff.Delay(1, Base, Max, TimeSpan.FromSeconds(30), new Random(1));

        Assert.Equal(TimeSpan.FromSeconds(30), delay);
    }

    [Fact]
    public void Delay_RetryAfterShorterThanBackoff_KeepsBackoff()
    {
        var delay = RetryBackoff.Delay(4, Base, Max, TimeSpan.FromSeconds(1), new Random(1));

        Assert.InRange(delay.TotalSeconds, 4, 8);
    }
}
