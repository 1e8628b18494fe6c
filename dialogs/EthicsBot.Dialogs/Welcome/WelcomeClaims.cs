namespace EthicsBot.Dialogs.Welcome;

using EthicsBot.Persistence.Documents;

/// <summary>
/// The welcome of one install, claimed in the database before the card goes out. Teams sends an installation update
/// and a conversation update for the same install at the same moment, and behind a load balancer they can reach two
/// instances; the claim lets exactly one of them greet. At most once: an instance that dies between the claim and the
/// send leaves that install without a welcome, which costs less than a doubled one (the user's first message still
/// gets an answer and /help). Uninstalling releases the claim, so a reinstall greets again.
/// </summary>
public sealed class WelcomeClaims(IDocumentStore documents)
{
    /// <summary>True for the one caller that may greet this conversation.</summary>
    public Task<bool> TryClaimAsync(string conversationId, CancellationToken cancellationToken) =>
        documents.TryCreateAsync(Key(conversationId), "{}", cancellationToken);

    public Task ReleaseAsync(string conversationId, CancellationToken cancellationToken) =>
        documents.DeleteAsync([Key(conversationId)], cancellationToken);

    // Ends in the conversation id as a whole segment, so deleting a user's data (keys by segment) removes it too.
    private static string Key(string conversationId) => $"welcome/{conversationId}";
}
