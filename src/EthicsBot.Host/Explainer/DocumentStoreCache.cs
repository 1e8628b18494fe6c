namespace EthicsBot.Host.Explainer;

using System.Text.Json;
using EthicsBot.Persistence.Documents;
using Microsoft.Extensions.Caching.Distributed;

/// <summary>
/// The second level of the "why" cache, in the bot's own database (the documents table, keys prefixed
/// "explainer:"), so explanations survive a restart, are shared by instances, and can be generated ahead
/// with <c>explainer warm</c>. No table of its own: the entries are keyed documents like the bot state.
/// </summary>
public sealed class DocumentStoreCache(IDocumentStore documents, TimeProvider time) : IDistributedCache
{
    private const string Prefix = "explainer:";

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var found = await documents.ReadAsync([Prefix + key], token);
        if (!found.TryGetValue(Prefix + key, out var document))
        {
            return null;
        }

        var entry = JsonSerializer.Deserialize<Entry>(document.Json);
        return entry is null || entry.ExpiresAt <= time.GetUtcNow() ? null : entry.Value;
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = time.GetUtcNow();
        var expires = options.AbsoluteExpiration ?? now + (options.AbsoluteExpirationRelativeToNow ?? options.SlidingExpiration ?? TimeSpan.FromDays(30));
        return documents.WriteAsync(Prefix + key, JsonSerializer.Serialize(new Entry(value, expires)), expectedETag: null, token);
    }

    public Task RefreshAsync(string key, CancellationToken token = default) => Task.CompletedTask;

    public Task RemoveAsync(string key, CancellationToken token = default) => documents.DeleteAsync([Prefix + key], token);

    // HybridCache only calls the async members; the synchronous ones exist for the interface and simply wait.
    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public void Refresh(string key)
    {
    }

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();

    private sealed record Entry(byte[] Value, DateTimeOffset ExpiresAt);
}
