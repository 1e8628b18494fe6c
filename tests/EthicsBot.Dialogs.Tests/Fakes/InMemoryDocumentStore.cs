namespace EthicsBot.Dialogs.Tests.Fakes;

using System.Globalization;
using EthicsBot.Persistence.Documents;

/// <summary>An in-memory IDocumentStore with the SQL store's ETag rule: a stale expected ETag throws.</summary>
public sealed class InMemoryDocumentStore : IDocumentStore
{
    private readonly Dictionary<string, StoredDocument> documents = new(StringComparer.Ordinal);
    private int version;

    public IReadOnlyDictionary<string, StoredDocument> Documents => documents;

    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, StoredDocument>>(
            keys.Where(documents.ContainsKey).Distinct().ToDictionary(k => k, k => documents[k]));

    public Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        if (expectedETag is not null and not "*"
            && (!documents.TryGetValue(key, out var current) || current.ETag != expectedETag))
        {
            throw new ETagConflictException(key);
        }

        var etag = (++version).ToString(CultureInfo.InvariantCulture);
        documents[key] = new StoredDocument(key, json, etag);
        return Task.FromResult(etag);
    }

    public Task<bool> TryCreateAsync(string key, string json, CancellationToken cancellationToken = default)
    {
        if (documents.ContainsKey(key))
        {
            return Task.FromResult(false);
        }

        documents[key] = new StoredDocument(key, json, (++version).ToString(CultureInfo.InvariantCulture));
        return Task.FromResult(true);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            documents.Remove(key);
        }

        return Task.CompletedTask;
    }
}
