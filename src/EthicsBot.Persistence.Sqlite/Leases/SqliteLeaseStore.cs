namespace EthicsBot.Persistence.Leases;

using EthicsBot.Persistence.Sqlite;

internal sealed class SqliteLeaseStore(SqliteDatabase database) : ILeaseStore
{
    public async Task<DateTimeOffset?> TryAcquireAsync(
        string name, string owner, TimeSpan leaseFor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        // One statement decides and writes: the upsert's WHERE lets the holder renew and anyone take an expired lease.
        await using var command = connection.Command("""
            INSERT INTO leases (name, owner, lease_until) VALUES (@name, @owner, @until)
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
            WHERE leases.owner = excluded.owner OR leases.lease_until <= @now
            """);
        var until = now + leaseFor;
        command.Parameters.AddValue("@name", name);
        command.Parameters.AddValue("@owner", owner);
        command.Parameters.AddValue("@until", SqliteValues.Instant(until));
        command.Parameters.AddValue("@now", SqliteValues.Instant(now));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? until : null;
    }

    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM leases WHERE name = @name AND owner = @owner");
        command.Parameters.AddValue("@name", name);
        command.Parameters.AddValue("@owner", owner);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
