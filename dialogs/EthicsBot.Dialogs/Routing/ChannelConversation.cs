namespace EthicsBot.Dialogs.Routing;

/// <summary>
/// A Teams channel or group chat the turn came from, with what a later proactive post needs: the serialised
/// conversation reference (without the triggering activity's id, so a post is never a reply to it).
/// </summary>
public sealed record ChannelConversation(string ConversationId, string? TenantId, string ServiceUrl, string ReferenceJson);
