namespace EthicsBot.Dialogs.Tests.Routing;

using EthicsBot.Dialogs.Routing;

public sealed class ConversationGateTests
{
    [Fact]
    public async Task EnterAsync_SameConversationTwice_SecondWaitsForFirst()
    {
        var gate = new ConversationGate();
        var first = await gate.EnterAsync("conv-1", CancellationToken.None);

        var second = gate.EnterAsync("conv-1", CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var entered = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(second.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task EnterAsync_DisposedTwice_ReleasesOnce()
    {
        var gate = new ConversationGate();
        var first = await gate.EnterAsync("conv-1", CancellationToken.None);
        first.Dispose();
        first.Dispose();

        using var again = await gate.EnterAsync("conv-1", CancellationToken.None);
        var third = gate.EnterAsync("conv-1", CancellationToken.None);
        await Task.Delay(50);

        Assert.False(third.IsCompleted);
    }
}
