namespace EthicsBot.Host.Daily.Delivery;

using System.Threading.Channels;
using EthicsBot.Persistence.Daily;

/// <summary>
/// Writes delivery outcomes on one loop, with the "sent" marks of a burst in one transaction. SQLite has one writer at a
/// time and backs off by sleeping (1 ms, 2 ms, 5 ms... a try) when writers collide; with dozens of senders each
/// committing its own row, the writers queued behind each other and the push stalled near 200 sends a second. One loop
/// that commits whatever has accumulated takes the lock once per burst instead.
/// </summary>
internal sealed class OutcomeWriter : IDisposable
{
    private const int MaxBatch = 500;
    private readonly Channel<Work> queue = Channel.CreateUnbounded<Work>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IDeliveryStore deliveries;
    private readonly TimeProvider timeProvider;

    public OutcomeWriter(IDeliveryStore deliveries, TimeProvider timeProvider)
    {
        this.deliveries = deliveries;
        this.timeProvider = timeProvider;
        _ = Task.Run(RunAsync);
    }

    /// <summary>Marks the delivery sent, batched with the other sends that finished meanwhile.</summary>
    public Task MarkSentAsync(DeliveryRecord delivery, string sessionId)
    {
        var work = new SentWork(delivery.UserId, delivery.LocalDate, sessionId);
        Enqueue(work);
        return work.Done.Task;
    }

    /// <summary>Runs any other outcome write in turn with the rest.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> write)
    {
        var work = new OtherWork<T>(write);
        Enqueue(work);
        return work.Done.Task;
    }

    public void Dispose() => queue.Writer.TryComplete();

    private void Enqueue(Work work)
    {
        if (!queue.Writer.TryWrite(work))
        {
            throw new ObjectDisposedException(nameof(OutcomeWriter));
        }
    }

    private async Task RunAsync()
    {
        var sent = new List<SentWork>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (sent.Count < MaxBatch && queue.Reader.TryRead(out var work))
            {
                if (work is SentWork mark)
                {
                    sent.Add(mark);
                    continue;
                }

                await FlushAsync(sent);
                await ((IRunnable)work).RunAsync();
            }

            await FlushAsync(sent);
        }
    }

    private async Task FlushAsync(List<SentWork> sent)
    {
        if (sent.Count == 0)
        {
            return;
        }

        try
        {
            await deliveries.MarkSentAsync([.. sent.Select(s => (s.UserId, s.LocalDate, s.SessionId))], timeProvider.GetUtcNow());
            sent.ForEach(s => s.Done.TrySetResult());
        }
        catch (Exception ex)
        {
            sent.ForEach(s => s.Done.TrySetException(ex));
        }

        sent.Clear();
    }

    private abstract record Work;

    private interface IRunnable
    {
        Task RunAsync();
    }

    private sealed record SentWork(string UserId, DateOnly LocalDate, string SessionId) : Work
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record OtherWork<T>(Func<Task<T>> Write) : Work, IRunnable
    {
        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync()
        {
            try
            {
                Done.TrySetResult(await Write());
            }
            catch (Exception ex)
            {
                Done.TrySetException(ex);
            }
        }
    }
}
