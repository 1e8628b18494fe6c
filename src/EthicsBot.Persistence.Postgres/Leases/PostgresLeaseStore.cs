namespace EthicsBot.Persistence.Leases;

using EthicsBot.Persistence.Postgres;

internal sealed class PostgresLeaseStore(PostgresDatabase database) : ILeaseStore
{
    public async Task<DateTimeOffset?> TryAcquireAsync(
        string name, string owner, TimeSpan leaseFor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var connection = await database.OpenAsync(cancellationToken);
        // The upsert locks the row and evaluates its WHERE on the latest committed version: of two instances asking
        // at once, the second sees the first's fresh lease and gets no row back.
        await using var command = connection.Command("""
            INSERT INTO leases (name, owner, lease_until) VALUES (@name, @owner, @until)
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
            WHERE leases.owner = excluded.owner OR leases.lease_until <= @now
            """);
        var until = now + leaseFor;
        command.Parameters.AddValue("@name", name);
        command.Parameters.AddValue("@owner", owner);
        command.Parameters.AddValue("@until", PostgresValues.Instant(until));
        command.Parameters.AddValue("@now", PostgresValues.Instant(now));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? until : null;
    }

    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM leases WHERE name = @name AND owner = @owner");
        command.Parameters.AddValue("@name", name);
        command.Parameters.AddValue("@owner", owner);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
