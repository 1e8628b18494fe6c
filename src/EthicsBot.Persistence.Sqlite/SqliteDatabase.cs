namespace EthicsBot.Persistence.Sqlite;

using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Microsoft.Extensions.Options;

/// <summary>
/// Opens ready-to-use connections: the file's folder exists, waits on a locked database instead of failing
/// at once, and enforces foreign keys. One short-lived connection per store call; Microsoft.Data.Sqlite pools them. The
/// few statements every turn runs go to connections that keep them compiled instead (<see cref="PreparedConnections"/>).
/// Writers of this process queue for the write lock in turn (<see cref="OpenWriteAsync"/>); see there why.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    // Long enough to ride out another instance's write transaction, short enough to surface a stuck lock.
    private const int BusyTimeoutMilliseconds = 5000;
    // The health probe must answer within the health endpoint's deadline even when another process holds the lock.
    private const int ProbeTimeoutSeconds = 2;
    // 16 MiB of WAL at most between checkpoints (see OpenAsync).
    internal const int WalCheckpointPages = 4000;

    private static readonly object Configured = new();
    private readonly Lock gate = new();
    private readonly SemaphoreSlim writeTurn = new(1, 1);
    // PRAGMAs stay with the physical connection, and the pool hands the same one out again and again: applying them on
    // every open cost three more statements per store call, about twenty per daily card.
    private readonly ConditionalWeakTable<sqlite3, object> configured = new();
    private readonly PreparedConnections connections;
    private readonly bool inMemory;
    private readonly string? directory;
    private bool prepared;
    private long writesOpened;
    private long readsOpened;
    // A shared-cache in-memory database lives only while a connection to it is open.
    private SqliteConnection? keepAlive;

    public SqliteDatabase(IOptions<PersistenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new SqliteConnectionStringBuilder(options.Value.EffectiveConnectionString);
        CreateConnectionString = builder.ToString();
        inMemory = builder.Mode == SqliteOpenMode.Memory
            || builder.DataSource.Contains("mode=memory", StringComparison.OrdinalIgnoreCase);
        if (!inMemory && !builder.DataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        }

        // Only the migrator creates the file. Everything else opens it as it is: a file deleted under the running bot
        // is an error until it is restored, not a new empty database without tables that a restore could not replace.
        if (!inMemory && builder.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            builder.Mode = SqliteOpenMode.ReadWrite;
        }

        ConnectionString = builder.ToString();
        connections = new PreparedConnections(token => OpenAsync(new SqliteConnection(ConnectionString), token));
    }

    public string ConnectionString { get; }

    /// <summary>The configured connection string, which may create the file: for the migrator alone.</summary>
    public string CreateConnectionString { get; }

    /// <summary>A connection that creates the file and its folder when missing; the migrator opens the database with it.</summary>
    public Task<SqliteConnection> OpenForMigrationAsync(CancellationToken cancellationToken) =>
        OpenAsync(new SqliteConnection(CreateConnectionString), cancellationToken);

    /// <summary>Write connections asked for since start: tests use it to prove that a turn changing nothing writes nothing.</summary>
    public long WritesOpened => Interlocked.Read(ref writesOpened);

    /// <summary>True for a file database, where write-ahead logging applies.</summary>
    public bool IsFile => !inMemory;

    /// <summary>Reads asked for since start (<see cref="OpenAsync(CancellationToken)"/> and <see cref="ReadPreparedAsync"/>): with <see cref="WritesOpened"/>, what tests count a turn's store calls by.</summary>
    public long ReadsOpened => Interlocked.Read(ref readsOpened);

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref readsOpened);
        return OpenAsync(new SqliteConnection(ConnectionString), cancellationToken);
    }

    /// <summary>
    /// Runs a read every turn makes (<paramref name="sql"/>: one statement, one text parameter) on a connection that keeps
    /// its compiled statement, so running it again skips SQLite's parser and planner (see <see cref="PreparedConnections"/>).
    /// </summary>
    public Task<T> ReadPreparedAsync<T>(
        string sql, string parameter, string value, Func<SqliteDataReader, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref readsOpened);
        return connections.RunAsync(sql, (parameter, value), static (parameters, key) => parameters.AddValue(key.parameter, key.value), async (command, token) =>
        {
            await using var reader = await command.ExecuteReaderAsync(token);
            return await read(reader, token);
        }, cancellationToken);
    }

    /// <summary>
    /// Runs a write every turn makes (<paramref name="sql"/>: one statement, parameters from <paramref name="bind"/>) in
    /// this process's write turn (<see cref="OpenWriteAsync"/>), on a connection that keeps its compiled statement.
    /// Returns the rows it changed.
    /// </summary>
    public async Task<int> WritePreparedAsync<TState>(
        string sql, TState state, Action<SqliteParameterCollection, TState> bind, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref writesOpened);
        await writeTurn.WaitAsync(cancellationToken);
        try
        {
            return await connections.RunAsync(sql, state, bind, static (command, token) => command.ExecuteNonQueryAsync(token), cancellationToken);
        }
        finally
        {
            writeTurn.Release();
        }
    }

    /// <summary>
    /// A connection outside the pool that opens the file now at the path and never creates it, holding this process's
    /// write turn: what the health probe writes through, so it sees a deleted, replaced or unreadable file that pooled
    /// connections still hold open. It gives up on a foreign lock after about a second instead of five.
    /// </summary>
    public async Task<SqliteConnection> OpenFreshWriteAsync(CancellationToken cancellationToken)
    {
        if (inMemory)
        {
            return await OpenWriteAsync(cancellationToken);
        }

        var builder = new SqliteConnectionStringBuilder(ConnectionString)
        {
            Pooling = false,
            Mode = SqliteOpenMode.ReadWrite,
            DefaultTimeout = ProbeTimeoutSeconds,
        };
        await writeTurn.WaitAsync(cancellationToken);
        var connection = new WriteConnection(builder.ToString(), writeTurn);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {ProbeTimeoutSeconds * 500};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Drops this database's idle pooled connections, and those that keep compiled statements (busy ones close when their
    /// call ends), so the next open reads the file as it is now.
    /// </summary>
    public void ClearPool()
    {
        connections.Clear();
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>
    /// A connection for a write, opened when it is this process's turn to write; disposing it gives the turn on. SQLite
    /// lets one writer in at a time and makes the others poll with growing sleeps (1, 2, 5 ... 100 ms), so a writer
    /// in a tight loop starved the rest: the first chunk of a 20,000-user push was queued 0.3 s before any card could
    /// be claimed, because the claim kept losing the lock to the scheduler's next chunk. Waiting in line here is
    /// first come, first served and wakes the next writer as soon as the lock is free. Other processes on the same
    /// file still meet the busy timeout.
    /// </summary>
    public async Task<SqliteConnection> OpenWriteAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref writesOpened);
        await writeTurn.WaitAsync(cancellationToken);
        WriteConnection connection;
        try
        {
            connection = new WriteConnection(ConnectionString, writeTurn);
        }
        catch
        {
            writeTurn.Release();
            throw;
        }

        // A failed open disposes the connection, which gives the turn on.
        return await OpenAsync(connection, cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            Prepare();
            await connection.OpenAsync(cancellationToken);
            if (connection.Handle is { } handle && configured.TryGetValue(handle, out _))
            {
                return connection;
            }

            await using var command = connection.CreateCommand();
            // synchronous = NORMAL is the usual pairing with WAL: commits skip the fsync (the WAL is synced at
            // checkpoints), so the file never corrupts, and a power cut (not a process crash) can undo the last
            // commits. Deliveries are at-least-once anyway; a lost answer or claim costs one repeat.
            // The WAL is copied back into the file every WalCheckpointPages pages instead of SQLite's 1,000: a turn appends
            // about five pages, so at 1,000 a busy bot checkpointed a dozen times a second, each time copying the same hot
            // pages again and syncing both files. 4,000 frames still fit one WAL index block, so reads look up no more.
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                + $"PRAGMA wal_autocheckpoint = {WalCheckpointPages};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (connection.Handle is { } opened)
            {
                configured.AddOrUpdate(opened, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void Dispose()
    {
        connections.Dispose();
        lock (gate)
        {
            keepAlive?.Dispose();
            keepAlive = null;
        }

        writeTurn.Dispose();
    }

    private void Prepare()
    {
        lock (gate)
        {
            if (prepared)
            {
                return;
            }

            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            if (inMemory)
            {
                keepAlive = new SqliteConnection(ConnectionString);
                keepAlive.Open();
            }

            prepared = true;
        }
    }
}
