namespace EthicsBot.Host.Daily;

/// <summary>Wakes the worker early, e.g. when an admin run queued rows. Waits on the injected clock.</summary>
internal sealed class DeliverySignal(TimeProvider timeProvider)
{
    private TaskCompletionSource pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Volatile.Read(ref pending).TrySetResult();

    /// <summary>Returns when notified (also by a notification that came before the call) or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref pending);
        if (!current.Task.IsCompleted && timeout > TimeSpan.Zero)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(current.Task, Task.Delay(timeout, timeProvider, stop.Token));
            await stop.CancelAsync();
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref pending, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }
    }
}
