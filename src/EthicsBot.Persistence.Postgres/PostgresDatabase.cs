namespace EthicsBot.Persistence.Postgres;

using Microsoft.Extensions.Options;
using Npgsql;

/// <summary>
/// One Npgsql data source (its pool) for the process; every store call opens a pooled connection and returns it.
/// Unlike SQLite, PostgreSQL lets writers of many processes in at once, so there is no write turn to queue for.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource dataSource;

    public PostgresDatabase(IOptions<PersistenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        dataSource = NpgsqlDataSource.Create(options.Value.EffectiveConnectionString);
    }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>Drops idle pooled connections, so the next call reconnects (after a failover or a restart of the server).</summary>
    public void ClearPool() => dataSource.Clear();

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    public void Dispose() => dataSource.Dispose();
}
