namespace EthicsBot.Persistence.Documents;

public interface IDocumentStore
{
    Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the document and returns its new ETag. With <paramref name="expectedETag"/> null or "*" the write
    /// always wins; otherwise it throws <see cref="ETagConflictException"/> when the stored ETag differs.
    /// </summary>
    Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the document only if no document has the key; true when this call created it. Atomic across writers
    /// and instances: of several callers at once exactly one gets true. What "do this once" claims are built on.
    /// </summary>
    Task<bool> TryCreateAsync(string key, string json, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
