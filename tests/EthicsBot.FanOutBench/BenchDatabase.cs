namespace EthicsBot.FanOutBench;

using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

/// <summary>
/// The database of a run: a fresh SQLite file, or a fresh schema of a PostgreSQL server that K instances share. Reads
/// here are the bench's own (what was claimed at a kill, which instance sends), never the bot's stores.
/// </summary>
internal sealed class BenchDatabase
{
    private readonly string? server;
    private readonly string? schema;

    private BenchDatabase(string connectionString, bool postgres, string? server, string? schema)
    {
        ConnectionString = connectionString;
        Postgres = postgres;
        this.server = server;
        this.schema = schema;
    }

    public string ConnectionString { get; }
    public bool Postgres { get; }

    public string[] BotSettings =>
    [
        $"--Persistence:Provider={(Postgres ? "Postgres" : "Sqlite")}",
        $"--Persistence:ConnectionString={ConnectionString}",
    ];

    public static async Task<BenchDatabase> CreateAsync(BenchOptions options, string workDir)
    {
        if (!options.Postgres)
        {
            return new BenchDatabase($"Data Source={Path.Combine(workDir, "bench.db")}", false, null, null);
        }

        var schema = "bench_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(options.PostgresServer))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(options.PostgresServer) { SearchPath = schema }.ConnectionString;
        return new BenchDatabase(connectionString, true, options.PostgresServer, schema);
    }

    public async Task<List<string>> ClaimedUsersAsync()
    {
        const string sql = "SELECT user_id FROM deliveries WHERE status = 'claimed'";
        var claimed = new List<string>();
        if (Postgres)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                claimed.Add(reader.GetString(0));
            }
        }
        else
        {
            await using var connection = new SqliteConnection(ConnectionString + ";Mode=ReadOnly");
            await connection.OpenAsync();
            await using var command = new SqliteCommand(sql, connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                claimed.Add(reader.GetString(0));
            }
        }

        return claimed;
    }

    /// <summary>The process id of the instance holding the daily-sender lease (PostgreSQL only; with SQLite the one instance).</summary>
    public async Task<int?> SenderPidAsync()
    {
        if (!Postgres)
        {
            return null;
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT owner FROM leases WHERE name = 'daily-sender' AND lease_until > now()", connection);
        return await command.ExecuteScalarAsync() is string owner ? int.Parse(owner.Split('/')[1], CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// The PostgreSQL server's memory, in KiB, over the postmaster and its children (found from a backend's parent):
    /// the largest single process's peak RSS (VmHWM) and the sum of their private memory (RssAnon) now. A sum of peaks
    /// would count the shared buffers once per process.
    /// </summary>
    public async Task<(long LargestPeak, long PrivateNow)?> ServerMemoryKibAsync()
    {
        if (!Postgres)
        {
            return null;
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync())!;
        var postmaster = ParentOf(backend);
        if (postmaster is null)
        {
            return null;
        }

        var pids = new List<int> { postmaster.Value };
        foreach (var task in Directory.EnumerateDirectories($"/proc/{postmaster}/task"))
        {
            var children = Path.Combine(task, "children");
            if (File.Exists(children))
            {
                pids.AddRange(File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)));
            }
        }

        return (pids.Max(pid => Field(pid, "VmHWM:") ?? 0), pids.Sum(pid => Field(pid, "RssAnon:") ?? 0));
    }

    public async Task DropAsync()
    {
        if (Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static int? ParentOf(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
        return line is null ? null : int.Parse(line["PPid:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static long? Field(int pid, string name)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
