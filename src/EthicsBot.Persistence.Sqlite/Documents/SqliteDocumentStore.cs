namespace EthicsBot.Persistence.Documents;

using EthicsBot.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

/// <summary>
/// Bot Builder state with optimistic concurrency. As in Bot Builder's MemoryStorage, a conditional write to a
/// key that does not exist (yet, or any more) succeeds; a conditional write to an existing key succeeds only
/// when the ETag matches.
/// </summary>
internal sealed class SqliteDocumentStore(SqliteDatabase database) : IDocumentStore
{
    // Keeps each statement far below SQLite's bound-parameter limit.
    private const int KeysPerQuery = 500;

    private const string UnconditionalWriteSql = """
        INSERT INTO documents (key, json, etag) VALUES (@key, @json, @etag)
        ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag
        """;

    private const string ConditionalWriteSql = """
        INSERT INTO documents (key, json, etag) VALUES (@key, @json, @etag)
        ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag
        WHERE documents.etag = @expected
        """;

    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        }

        if (keys.Count == 1)
        {
            // A turn's flow state: one key, read on a connection that keeps the compiled statement.
            return await database.ReadPreparedAsync("SELECT key, json, etag FROM documents WHERE key = @key", "@key", keys.First(),
                static async (reader, token) =>
                {
                    var one = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
                    if (await reader.ReadAsync(token))
                    {
                        one[reader.GetString(0)] = new StoredDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2));
                    }

                    return (IReadOnlyDictionary<string, StoredDocument>)one;
                }, cancellationToken);
        }

        var found = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
        {
            await using var command = KeyedCommand(connection, null, "SELECT key, json, etag FROM documents WHERE key IN", chunk);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var document = new StoredDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2));
                found[document.Key] = document;
            }
        }

        return found;
    }

    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(json);
        var etag = Guid.NewGuid().ToString("N");
        var unconditional = expectedETag is null or "*";

        // One statement decides and writes, so no other writer can slip in between the check and the update. A turn's
        // state save runs it, so the connection keeps it compiled.
        var written = await database.WritePreparedAsync(
            unconditional ? UnconditionalWriteSql : ConditionalWriteSql, (key, json, etag, expectedETag), static (parameters, document) =>
            {
                parameters.AddValue("@key", document.key);
                parameters.AddValue("@json", document.json);
                parameters.AddValue("@etag", document.etag);
                parameters.AddValue("@expected", document.expectedETag);
            }, cancellationToken);
        if (written == 0)
        {
            throw new ETagConflictException(key);
        }

        return etag;
    }

    public async Task<bool> TryCreateAsync(string key, string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(json);
        await using var connection = await database.OpenWriteAsync(cancellationToken);
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

        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = connection.BeginWrite();
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerQuery))
        {
            await using var command = KeyedCommand(connection, transaction, "DELETE FROM documents WHERE key IN", chunk);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static SqliteCommand KeyedCommand(SqliteConnection connection, SqliteTransaction? transaction, string prefix, string[] keys)
    {
        // Only generated parameter names go into the SQL text; the keys themselves are bound values.
        var names = keys.Select((_, i) => $"@k{i}").ToArray();
        var command = connection.Command($"{prefix} ({string.Join(", ", names)})", transaction);
        for (var i = 0; i < keys.Length; i++)
        {
            command.Parameters.AddValue(names[i], keys[i]);
        }

        return command;
    }
}
