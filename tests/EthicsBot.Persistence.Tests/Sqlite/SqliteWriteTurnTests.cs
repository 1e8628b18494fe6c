namespace EthicsBot.Persistence.Tests.Sqlite;

using EthicsBot.Persistence.Sqlite;

public sealed class SqliteWriteTurnTests
{
    [Fact]
    public async Task OpenWriteAsync_AnotherWriterHoldsTheTurn_WaitsUntilItIsDisposed()
    {
        await using var db = await TestDatabase.CreateAsync();
        var first = await db.Database.OpenWriteAsync(CancellationToken.None);

        var second = db.Database.OpenWriteAsync(CancellationToken.None);
        await Task.Delay(50);
        var waitedWhileHeld = !second.IsCompleted;
        await first.DisposeAsync();
        await using var opened = await second.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(waitedWhileHeld);
        await using var command = opened.Command("SELECT 1");
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task OpenWriteAsync_WritersQueued_GetTheTurnInArrivalOrder()
    {
        await using var db = await TestDatabase.CreateAsync();
        var order = new List<int>();
        var held = await db.Database.OpenWriteAsync(CancellationToken.None);

        // Each call asks for the turn before it returns, so the writers queue in the order they were started.
        var writers = Enumerable.Range(1, 5).Select(TakeTurnAsync).ToArray();
        await held.DisposeAsync();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1, 2, 3, 4, 5], order);

        async Task TakeTurnAsync(int writer)
        {
            await using var connection = await db.Database.OpenWriteAsync(CancellationToken.None);
            lock (order)
            {
                order.Add(writer);
            }
        }
    }

    [Fact]
    public async Task OpenWriteAsync_CancelledWhileWaiting_ThrowsAndKeepsTheTurnForOthers()
    {
        await using var db = await TestDatabase.CreateAsync();
        var held = await db.Database.OpenWriteAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Database.OpenWriteAsync(cancel.Token));
        await held.DisposeAsync();
        await using var next = await db.Database.OpenWriteAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotNull(next);
    }

    [Fact]
    public async Task OpenWriteAsync_DisposedTwice_GivesTheTurnOnOnce()
    {
        await using var db = await TestDatabase.CreateAsync();
        var first = await db.Database.OpenWriteAsync(CancellationToken.None);
        await first.DisposeAsync();
        first.Dispose();

        await using var second = await db.Database.OpenWriteAsync(CancellationToken.None);
        var third = db.Database.OpenWriteAsync(CancellationToken.None);
        await Task.Delay(50);

        Assert.False(third.IsCompleted);
        await second.DisposeAsync();
        await (await third.WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }
}
