namespace EthicsBot.Dialogs.Feedback;

using EthicsBot.Content;
using EthicsBot.Content.Catalog;
using EthicsBot.Persistence.Feedback;
using Microsoft.Extensions.Options;

/// <summary>
/// Withdraws from new sessions every question reported by at least Content:FeedbackQuarantineThreshold different
/// learners, until an admin clears its reports. Refreshed after each new report and each clearing, and at start-up.
/// Refreshes run one at a time: two that overlapped could finish in the other order, and the one that read the store
/// first (before a fifth report, say) would then set the older list last and release the question again.
/// </summary>
public sealed class FeedbackQuarantine(IQuestionFeedbackStore store, IContentCatalogProvider catalogs, IOptions<ContentOptions> options)
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public async Task<IReadOnlyList<string>> RefreshAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            var ids = await store.ReportedByAtLeastAsync(options.Value.FeedbackQuarantineThreshold, cancellationToken);
            catalogs.SetQuarantine([.. ids]);
            return ids;
        }
        finally
        {
            turn.Release();
        }
    }
}
