namespace EthicsBot.Dialogs.Daily;

using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Users;
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
    /// <param name="stored">The user as this turn read them (<see cref="IUserTurnStore"/>): what is written is decided on it.</param>
    public async Task RememberAsync(ConversationReference reference, string? tenantId, UserTurnSnapshot stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(stored);
        var userId = reference.User.Id;
        if (stored.ReferenceConversationId is null
            || stored.ReferenceConversationId != reference.Conversation.Id || stored.ReferenceServiceUrl != reference.ServiceUrl)
        {
            // The activity id belongs to this one message; a proactive send must not be a reply to it.
            var json = JObject.FromObject(reference);
            json.Remove("activityId");
            await references.UpsertAsync(
                userId, tenantId, reference.ServiceUrl, reference.Conversation.Id, json.ToString(Formatting.None), time.GetUtcNow(), cancellationToken);
        }

        // Almost always there is nothing to clear, and the snapshot already says so without another read.
        if (stored.Unreachable)
        {
            await subscriptions.ClearUnreachableAsync(userId, cancellationToken);
        }
    }

    /// <summary>The user removed the bot: no daily sends until they install it again (which clears this).</summary>
    public Task MarkUninstalledAsync(string userId, CancellationToken cancellationToken) =>
        subscriptions.MarkUnreachableAsync(userId, "AppUninstalled", time.GetUtcNow(), cancellationToken);
}
