namespace EthicsBot.Dialogs.Storage;

using System.Text.Json;
using System.Text.Json.Serialization;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Persistence.Documents;
using Microsoft.Extensions.Logging;

/// <summary>
/// A conversation's flow state (<see cref="ConversationData"/>) as one small JSON document in the document store, read
/// once per turn and written only when the turn changed it. It replaces Bot Builder's ConversationState, which turned
/// the record into a JObject and back on every turn, hashed it by serialising it again and wrote it through IStorage:
/// a tenth of a quiz turn's CPU for three fields. Keys and JSON shape are the ones ConversationState used
/// (<c>{channel}/conversations/{id}</c>, the record under "flow"), so state saved before reads back unchanged.
/// Concurrency: a save carries the ETag its load saw, so of two turns (or instances) that loaded the same state only
/// the first save wins and the other throws <see cref="ETagConflictException"/>; a conversation with no document yet
/// is created by whichever first save comes last, as before.
/// </summary>
public sealed class FlowStateStore(IDocumentStore documents, ILogger<FlowStateStore> logger)
{
    public static string KeyFor(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    public async Task<FlowState> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = KeyFor(channelId, conversationId);
        var found = await documents.ReadAsync([key], cancellationToken);
        if (!found.TryGetValue(key, out var document))
        {
            return new FlowState(key, new ConversationData(), ETag: null);
        }

        try
        {
            var stored = JsonSerializer.Deserialize(document.Json, FlowStateJson.Default.StoredFlowState);
            return new FlowState(key, stored?.Flow ?? new ConversationData(), document.ETag);
        }
        catch (JsonException)
        {
            // A damaged document must not lock the conversation out: start clean, and overwrite it at the next save.
            Log.FlowStateUnreadable(logger, conversationId);
            return new FlowState(key, new ConversationData(), document.ETag);
        }
    }

    /// <summary>Stores <paramref name="next"/> unless it equals what was loaded; returns the state as now stored.</summary>
    public async Task<FlowState> SaveAsync(FlowState loaded, ConversationData next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (next == loaded.Data)
        {
            return loaded;
        }

        var json = JsonSerializer.Serialize(new StoredFlowState(next), FlowStateJson.Default.StoredFlowState);
        var etag = await documents.WriteAsync(loaded.Key, json, loaded.ETag, cancellationToken);
        return loaded with { Data = next, ETag = etag };
    }

    public Task DeleteAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        documents.DeleteAsync([KeyFor(channelId, conversationId)], cancellationToken);
}

/// <summary>A conversation's flow state as loaded: its storage key, the record, and the ETag a save must match.</summary>
public sealed record FlowState(string Key, ConversationData Data, string? ETag);

/// <summary>The stored document: the record under "flow", where Bot Builder's property accessor kept it.</summary>
internal sealed record StoredFlowState([property: JsonPropertyName("flow")] ConversationData? Flow);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoredFlowState))]
internal sealed partial class FlowStateJson : JsonSerializerContext;
