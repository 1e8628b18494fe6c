namespace EthicsBot.Persistence.Content;

using EthicsBot.Persistence.Postgres;

internal sealed class PostgresContentImportStore(PostgresDatabase database) : IContentImportStore
{
    public async Task<long> AddAsync(ContentImportRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.Command("""
            INSERT INTO content_imports (imported_at, key_name, version_before, version_after)
            VALUES (@at, @key, @before, @after) RETURNING id
            """, transaction);
        insert.Parameters.AddValue("@at", PostgresValues.Instant(record.ImportedAt));
        insert.Parameters.AddValue("@key", record.KeyName);
        insert.Parameters.AddValue("@before", record.VersionBefore);
        insert.Parameters.AddValue("@after", record.VersionAfter);
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        foreach (var file in record.Files)
        {
            await using var row = connection.Command(
                "INSERT INTO content_import_files (import_id, path, previous, written) VALUES (@id, @path, @previous, @written)", transaction);
            row.Parameters.AddValue("@id", id);
            row.Parameters.AddValue("@path", file.Path);
            row.Parameters.AddValue("@previous", file.Previous);
            row.Parameters.AddValue("@written", file.Written);
            await row.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<ContentImportRecord?> LatestActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        ContentImportRecord record;
        await using (var head = connection.Command("""
            SELECT id, imported_at, key_name, version_before, version_after FROM content_imports
            WHERE rolled_back_at IS NULL ORDER BY id DESC LIMIT 1
            """))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            record = new ContentImportRecord
            {
                Id = reader.GetInt64(0),
                ImportedAt = reader.GetInstant(1),
                KeyName = reader.GetString(2),
                VersionBefore = reader.GetString(3),
                VersionAfter = reader.GetString(4),
                Files = [],
            };
        }

        await using var files = connection.Command("SELECT path, previous, written FROM content_import_files WHERE import_id = @id ORDER BY path");
        files.Parameters.AddValue("@id", record.Id);
        await using var rows = await files.ExecuteReaderAsync(cancellationToken);
        var list = new List<ContentImportFile>();
        while (await rows.ReadAsync(cancellationToken))
        {
            list.Add(new ContentImportFile(rows.GetString(0), rows.GetNullableString(1), rows.GetNullableString(2)));
        }

        return record with { Files = list };
    }

    public async Task MarkRolledBackAsync(long id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("UPDATE content_imports SET rolled_back_at = @at WHERE id = @id");
        command.Parameters.AddValue("@at", PostgresValues.Instant(at));
        command.Parameters.AddValue("@id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
