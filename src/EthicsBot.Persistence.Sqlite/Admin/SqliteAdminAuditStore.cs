namespace EthicsBot.Persistence.Admin;

using EthicsBot.Persistence.Sqlite;

internal sealed class SqliteAdminAuditStore(SqliteDatabase database) : IAdminAuditStore
{
    public async Task<long> AppendAsync(AdminAuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command("""
            INSERT INTO admin_audit (at, key_name, unit, action, outcome, status, detail)
            VALUES (@at, @key, @unit, @action, @outcome, @status, @detail)
            RETURNING id
            """);
        command.Parameters.AddValue("@at", SqliteValues.Instant(entry.At));
        command.Parameters.AddValue("@key", entry.KeyName);
        command.Parameters.AddValue("@unit", entry.Unit);
        command.Parameters.AddValue("@action", entry.Action);
        command.Parameters.AddValue("@outcome", entry.Outcome.ToString().ToLowerInvariant());
        command.Parameters.AddValue("@status", entry.Status);
        command.Parameters.AddValue("@detail", entry.Detail);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyList<AdminAuditEntry>> ListAsync(
        int limit, long? beforeId = null, string? unit = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT id, at, key_name, unit, action, outcome, status, detail FROM admin_audit
            WHERE (@before IS NULL OR id < @before) AND (@unit IS NULL OR unit = @unit)
            ORDER BY id DESC LIMIT @limit
            """);
        command.Parameters.AddValue("@before", beforeId);
        command.Parameters.AddValue("@unit", unit);
        command.Parameters.AddValue("@limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AdminAuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AdminAuditEntry
            {
                Id = reader.GetInt64(0),
                At = reader.GetInstant(1),
                KeyName = reader.GetString(2),
                Unit = reader.GetNullableString(3),
                Action = reader.GetString(4),
                Outcome = reader.GetEnum<AdminOutcome>(5),
                Status = reader.IsDBNull(6) ? null : reader.GetInt32(6),
                Detail = reader.GetNullableString(7),
            });
        }

        return entries;
    }
}
