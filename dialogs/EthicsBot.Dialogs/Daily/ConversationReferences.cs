namespace EthicsBot.Dialogs.Daily;

using EthicsBot.Persistence.Daily;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>
/// Keeps where each user can be reached for the daily push: the personal chat's conversation reference. Written
/// only when it changed (Teams may move a user's service URL); any turn from the user also means they can be
/// reached again after a failed send.
/// </summary>
public sealed class ConversationReferences(IConversationReferenceStore references, IDailySubscriptionStore subscriptions, TimeProvider time)
{
    public async Task RememberAsync(ConversationReference reference, string? tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var userId = reference.User.Id;
        var stored = await references.GetAsync(userId, cancellationToken);
        if (stored is null || stored.ConversationId != reference.Conversation.Id || stored.ServiceUrl != reference.ServiceUrl)
        {
            // The activity id belongs to this one message; a proactive send must not be a reply to it.
            var json = JObject.FromObject(reference);
            json.Remove("activityId");
            await references.UpsertAsync(
                userId, tenantId, reference.ServiceUrl, reference.Conversation.Id, json.ToString(Formatting.None), time.GetUtcNow(), cancellationToken);
        }

        await subscriptions.ClearUnreachableAsync(userId, cancellationToken);
    }

    /// <summary>The user removed the bot: no daily sends until they install it again (which clears this).</summary>
    public Task MarkUninstalledAsync(string userId, CancellationToken cancellationToken) =>
        subscriptions.MarkUnreachableAsync(userId, "AppUninstalled", time.GetUtcNow(), cancellationToken);
}
