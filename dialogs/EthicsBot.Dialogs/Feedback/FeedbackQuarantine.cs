namespace EthicsBot.Dialogs.Feedback;

using EthicsBot.Content;
using EthicsBot.Content.Catalog;
using EthicsBot.Persistence.Feedback;
using Microsoft.Extensions.Options;

/// <summary>
/// Withdraws from new sessions every question reported by at least Content:FeedbackQuarantineThreshold different
/// learners, until an admin clears its reports. Refreshed after each new report and each clearing, and at start-up.
/// </summary>
public sealed class FeedbackQuarantine(IQuestionFeedbackStore store, IContentCatalogProvider catalogs, IOptions<ContentOptions> options)
{
    public async Task<IReadOnlyList<string>> RefreshAsync(CancellationToken cancellationToken)
    {
        var ids = await store.ReportedByAtLeastAsync(options.Value.FeedbackQuarantineThreshold, cancellationToken);
        catalogs.SetQuarantine([.. ids]);
        return ids;
    }
}
