namespace EthicsBot.Dialogs.Storage;

using EthicsBot.Persistence.Documents;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

/// <summary>
/// Bot Builder's <see cref="IStorage"/> over our <see cref="IDocumentStore"/>, so conversation state lives in
/// the same database as everything else. Items are stored as plain JSON without type names (type names read
/// back from a database are a deserialization hazard); reads return JObjects, which BotState converts itself.
/// </summary>
public sealed class DocumentStoreStorage(IDocumentStore documents) : IStorage
{
    private const string ETagProperty = "eTag";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Include,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        MaxDepth = 64,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = await documents.ReadAsync(keys, cancellationToken);
        var items = new Dictionary<string, object>(found.Count, StringComparer.Ordinal);
        foreach (var (key, document) in found)
        {
            var item = JToken.Parse(document.Json);
            if (item is JObject obj)
            {
                obj[ETagProperty] = document.ETag;
            }

            items[key] = item;
        }

        return items;
    }

    /// <summary>
    /// Writes each item. An ETag other than "*" (an <see cref="IStoreItem"/>'s, or the "eTag" a read put into the
    /// state dictionary that Bot Builder's BotState writes back) is checked: the write succeeds only if it is still
    /// current, so two instances saving the same conversation's state cannot both win. A conflict surfaces as
    /// <see cref="InvalidOperationException"/>, as Bot Builder's Blob storage reports it, because BotState and callers
    /// do not know our exception type. The new ETag goes back into the item, so a second save in the turn is current.
    /// </summary>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var json = value is null ? JValue.CreateNull() : JToken.FromObject(value, Serializer);
            string? expected = null;
            if (json is JObject item)
            {
                // The ETag lives in the store's own column; a copy inside the JSON ("eTag" or "ETag") would go stale.
                foreach (var property in item.Properties().Where(p => p.Name.Equals(ETagProperty, StringComparison.OrdinalIgnoreCase)).ToList())
                {
                    expected ??= property.Value.Type == JTokenType.String ? (string?)property.Value : null;
                    property.Remove();
                }

                expected = (value as IStoreItem)?.ETag ?? expected;
            }

            string written;
            try
            {
                written = await documents.WriteAsync(key, json.ToString(Formatting.None), expected, cancellationToken);
            }
            catch (ETagConflictException conflict)
            {
                throw new InvalidOperationException($"Etag conflict on '{key}'.", conflict);
            }

            switch (value)
            {
                case IStoreItem storeItem:
                    storeItem.ETag = written;
                    break;
                case IDictionary<string, object> state:
                    state[ETagProperty] = written;
                    break;
            }
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return documents.DeleteAsync(keys, cancellationToken);
    }
}
