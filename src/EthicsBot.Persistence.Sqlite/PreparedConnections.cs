namespace EthicsBot.Persistence.Sqlite;

using Microsoft.Data.Sqlite;

/// <summary>
/// Open connections that keep their commands, for the few statements every turn runs. Microsoft.Data.Sqlite keeps a
/// command's compiled statements only while the command and its connection stay open (closing a connection disposes
/// its commands), so a store call that opens, runs and closes compiles its SQL anew each time: parsing and planning
/// were most of SQLite's share of a turn. A command executed again here is only rebound and stepped.
/// Each connection is used by one caller at a time, as a pooled connection is. <see cref="Clear"/> closes the idle
/// ones and retires the busy ones when they come back, so a cleared pool leaves none open on an old file.
/// </summary>
internal sealed class PreparedConnections(Func<CancellationToken, Task<SqliteConnection>> open) : IDisposable
{
    // Enough for the turns a 2-core host runs at once; more at a peak are closed when they come back.
    private const int MaxIdle = 16;

    private readonly Lock gate = new();
    private readonly Stack<Entry> idle = new();
    private int generation;
    private bool disposed;

    /// <summary>
    /// Runs <paramref name="sql"/> (one statement) with the parameters <paramref name="bind"/> adds from
    /// <paramref name="state"/>, through <paramref name="run"/>, on a connection that has it compiled from an earlier call.
    /// </summary>
    public async Task<T> RunAsync<TState, T>(
        string sql,
        TState state,
        Action<SqliteParameterCollection, TState> bind,
        Func<SqliteCommand, CancellationToken, Task<T>> run,
        CancellationToken cancellationToken)
    {
        var entry = await RentAsync(cancellationToken);
        var healthy = false;
        try
        {
            var command = entry.Command(sql);
            // Parameters are bound at each execution; replacing them leaves the compiled statement as it is.
            command.Parameters.Clear();
            bind(command.Parameters, state);
            var result = await run(command, cancellationToken);
            healthy = true;
            return result;
        }
        finally
        {
            // A connection that failed (a damaged file, an I/O error, a broken constraint) is closed rather than reused.
            Return(entry, healthy);
        }
    }

    /// <summary>Closes every idle connection now and every busy one when its caller is done.</summary>
    public void Clear()
    {
        List<Entry> closing;
        lock (gate)
        {
            generation++;
            closing = [.. idle];
            idle.Clear();
        }

        closing.ForEach(entry => entry.Dispose());
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
        }

        Clear();
    }

    private async Task<Entry> RentAsync(CancellationToken cancellationToken)
    {
        int current;
        lock (gate)
        {
            if (idle.TryPop(out var entry))
            {
                return entry;
            }

            current = generation;
        }

        return new Entry(await open(cancellationToken), current);
    }

    private void Return(Entry entry, bool healthy)
    {
        lock (gate)
        {
            if (healthy && !disposed && entry.Generation == generation && idle.Count < MaxIdle)
            {
                idle.Push(entry);
                return;
            }
        }

        entry.Dispose();
    }

    private sealed class Entry(SqliteConnection connection, int generation) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

        public int Generation { get; } = generation;

        public SqliteCommand Command(string sql)
        {
            if (!commands.TryGetValue(sql, out var command))
            {
                command = connection.Command(sql);
                commands.Add(sql, command);
            }

            return command;
        }

        // Closing the connection disposes its commands and with them their statements.
        public void Dispose() => connection.Dispose();
    }
}
