namespace EthicsBot.Dialogs.Routing;

/// <summary>
/// Serialises turns of one conversation inside this process. Teams sends an installation update and a
/// conversation update for the same install at the same moment; without the gate both read "not welcomed
/// yet" and the user gets two welcome cards. Striped, so memory stays fixed whatever the number of chats.
/// </summary>
// Across instances the welcome is decided by WelcomeClaims (one insert per install); this gate still keeps the two
// updates of one install in order inside a process, so the second reads the state the first saved.
public sealed class ConversationGate
{
    private readonly SemaphoreSlim[] stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> EnterAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stripe = stripes[(uint)StringComparer.Ordinal.GetHashCode(conversationId ?? string.Empty) % (uint)stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
