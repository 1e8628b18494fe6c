namespace EthicsBot.Host.Tests.Daily;

internal static class Eventually
{
    /// <summary>Polls until the condition holds; fails the test with a timeout instead of hanging when it never does.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (!await condition())
        {
            await Task.Delay(20, cts.Token);
        }
    }
}
