namespace EthicsBot.MultiInstance.Tests;

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using Npgsql;

/// <summary>
/// K host processes behind no shared memory: one PostgreSQL schema of their own, one fake connector, one admin key.
/// Disposing kills the hosts and drops the schema.
/// </summary>
internal sealed class Deployment : IAsyncDisposable
{
    public const string Variable = "ETHICSBOT_TEST_POSTGRES";
    public const string Tenant = "tenant-1";

    private readonly string server;
    private readonly string workDir = Directory.CreateTempSubdirectory("ethicsbot-instances-").FullName;
    private readonly string apiKey = Guid.NewGuid().ToString("N");

    private Deployment(string server, string schema, FakeConnector connector)
    {
        this.server = server;
        Schema = schema;
        Connector = connector;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    public string Schema { get; }
    public string ConnectionString { get; }
    public FakeConnector Connector { get; }
    public List<HostProcess> Hosts { get; } = [];

    public static async Task<Deployment> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(server),
            $"{Variable} is not set: the multi-instance tests need PostgreSQL (.ci/run starts one; locally: eval \"$(.ci/postgres-start)\" and export {Variable}).");
        var schema = "mi_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new Deployment(server!, schema, await FakeConnector.StartAsync());
    }

    /// <summary>Starts <paramref name="count"/> instances at the same moment (they migrate together) and waits until all serve.</summary>
    public async Task StartAsync(int count, params string[] extraSettings)
    {
        var started = Enumerable.Range(Hosts.Count, count).Select(i => HostProcess.Start(Settings(extraSettings), workDir, $"instance-{i}")).ToList();
        Hosts.AddRange(started);
        await Task.WhenAll(started.Select(h => h.WaitHealthyAsync()));
    }

    public IEnumerable<string> Settings(params string[] extra) =>
    [
        "--Persistence:Provider=Postgres",
        $"--Persistence:ConnectionString={ConnectionString}",
        $"--Content:Path={Path.Combine(RepositoryRoot(), "content")}",
        $"--Admin:ApiKey={apiKey}",
        // Users seeded here keep the default schedule; a one-minute window at 06:00 keeps the workers' own passes from
        // queuing them before the test's admin run.
        "--Daily:DefaultTime=06:00",
        "--Daily:OfficeHoursEnd=06:01",
        "--Logging:LogLevel:Default=Warning",
        "--Logging:LogLevel:EthicsBot.Host.Daily=Information",
        .. extra,
    ];

    /// <summary>Users with a personal chat whose reference points at the fake connector, as installs leave them.</summary>
    public async Task SeedAsync(int users, int first = 0)
    {
        var ids = Enumerable.Range(first, users).Select(UserId).ToArray();
        var references = ids.Select(id => new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = id, ["name"] = "Người dùng" },
            ["bot"] = new JsonObject { ["id"] = "28:bot", ["name"] = "EthicsBot" },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["id"] = ConversationOf(id), ["tenantId"] = Tenant },
            ["channelId"] = "msteams",
            ["serviceUrl"] = Connector.ServiceUrl.ToString(),
            ["locale"] = "vi-VN",
        }.ToJsonString()).ToArray();
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO users (user_id, tenant_id, locale, created_at) SELECT u, @tenant, 'vi', now() FROM unnest(@ids) AS t(u);
            INSERT INTO conversation_references (user_id, tenant_id, service_url, conversation_id, reference_json, updated_at)
            SELECT u, @tenant, @url, 'a:' || u, r, now() FROM unnest(@ids, @refs) AS t(u, r);
            """, connection);
        command.Parameters.AddWithValue("@tenant", Tenant);
        command.Parameters.AddWithValue("@url", Connector.ServiceUrl.ToString());
        command.Parameters.AddWithValue("@ids", ids);
        command.Parameters.AddWithValue("@refs", references);
        await command.ExecuteNonQueryAsync();
    }

    public static string UserId(int i) => $"29:user-{i:D5}";

    public static string ConversationOf(string userId) => "a:" + userId;

    public HttpClient Admin(HostProcess host) => new()
    {
        BaseAddress = host.Url,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", apiKey) },
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>Queues today's card for everyone through one instance's admin API, as an operator would.</summary>
    public async Task RunAllAsync(HostProcess host)
    {
        using var admin = Admin(host);
        using var response = await admin.PostAsync(new Uri("api/admin/daily/run?all=true", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The instance holding the sender lease now, by the process id in its owner name.</summary>
    public async Task<HostProcess?> SenderAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT owner FROM leases WHERE name = 'daily-sender' AND lease_until > now()", connection);
        if (await command.ExecuteScalarAsync() is not string owner)
        {
            return null;
        }

        var pid = int.Parse(owner.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture);
        return Hosts.SingleOrDefault(h => h.Id == pid);
    }

    public string Logs() => string.Join("\n", Hosts.Select(h => $"--- {h.LogPath}\n{h.Log()}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts)
        {
            host.Dispose();
        }

        await Connector.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {Schema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(workDir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    public static string RepositoryRoot() =>
        typeof(Deployment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("The build did not stamp the repository root.");
}
