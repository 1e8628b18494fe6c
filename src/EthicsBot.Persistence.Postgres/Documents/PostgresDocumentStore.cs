namespace EthicsBot.Persistence.Documents;

using EthicsBot.Persistence.Postgres;

/// <summary>
/// Bot Builder state with optimistic concurrency, the same rules as the SQLite store. The conditional upsert is one
/// statement that locks the row and checks the ETag of its latest committed version, so two instances writing the
/// same conversation's state cannot both win.
/// </summary>
internal sealed class PostgresDocumentStore(PostgresDatabase database) : IDocumentStore
{
    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT key, json, etag FROM documents WHERE key = ANY(@keys)");
        command.Parameters.AddValue("@keys", keys.Distinct(StringComparer.Ordinal).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var document = new StoredDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2));
            found[document.Key] = document;
        }

        return found;
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(json);
        var etag = Guid.NewGuid().ToString("N");
        var unconditional = expectedETag is null or "*";

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var write = connection.Command(
            unconditional
                ? """
                  INSERT INTO documents (key, json, etag) VALUES (@key, @json, @etag)
                  ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag
                  """
                : """
                  INSERT INTO documents (key, json, etag) VALUES (@key, @json, @etag)
                  ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag
                  WHERE documents.etag = @expected
                  """);
        write.Parameters.AddValue("@key", key);
        write.Parameters.AddValue("@json", json);
        write.Parameters.AddValue("@etag", etag);
        if (!unconditional)
        {
            write.Parameters.AddValue("@expected", expectedETag);
        }

        if (await write.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new ETagConflictException(key);
        }

        return etag;
    }

    public async Task<bool> TryCreateAsync(string key, string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(json);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "INSERT INTO documents (key, json, etag) VALUES (@key, @json, @etag) ON CONFLICT (key) DO NOTHING");
        command.Parameters.AddValue("@key", key);
        command.Parameters.AddValue("@json", json);
        command.Parameters.AddValue("@etag", Guid.NewGuid().ToString("N"));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM documents WHERE key = ANY(@keys)");
        command.Parameters.AddValue("@keys", keys.Distinct(StringComparer.Ordinal).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
