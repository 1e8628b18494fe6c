namespace EthicsBot.Host.Daily.Delivery;

using System.Threading.Channels;

/// <summary>
/// Runs the engine's delivery-outcome writes one after another on a single loop. SQLite has one writer at a time and
/// backs off by sleeping (up to 100 ms a try) when writers collide, and an async lock hands over to each waiter through
/// the thread pool; with dozens of senders either one capped the push near 200 sends a second on two busy cores. A
/// loop that takes the next write as soon as the previous one commits keeps the writer busy instead.
/// </summary>
internal sealed class WriteQueue : IDisposable
{
    private readonly Channel<Func<Task>> queue = Channel.CreateUnbounded<Func<Task>>(new UnboundedChannelOptions { SingleReader = true });

    public WriteQueue() => _ = Task.Run(RunAsync);

    /// <summary>Queues the write and completes with its result (or its exception) once it ran.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> write)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var queued = queue.Writer.TryWrite(async () =>
        {
            try
            {
                done.SetResult(await write());
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        });
        return queued ? done.Task : Task.FromException<T>(new ObjectDisposedException(nameof(WriteQueue)));
    }

    public void Dispose() => queue.Writer.TryComplete();

    private async Task RunAsync()
    {
        await foreach (var write in queue.Reader.ReadAllAsync())
        {
            await write();
        }
    }
}
