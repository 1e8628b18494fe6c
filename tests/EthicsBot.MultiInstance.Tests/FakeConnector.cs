namespace EthicsBot.MultiInstance.Tests;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

/// <summary>
/// The Bot Connector on loopback: accepts every activity the instances post (replies and the daily push) and records
/// when it arrived and for which conversation, so tests count cards per conversation and requests per second.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Received> received = new();
    private long inFlight;

    private FakeConnector(WebApplication app) => this.app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<Received> Received => [.. received];

    public long InFlight => Interlocked.Read(ref inFlight);

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.AcceptAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.AcceptAsync);
        await app.StartAsync();
        connector.ServiceUrl = new Uri(app.Urls.First() + "/");
        return connector;
    }

    /// <summary>Cards accepted per conversation.</summary>
    public Dictionary<string, int> PerConversation() =>
        Received.GroupBy(r => r.ConversationId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>The most requests that arrived within any window of the given length (sliding over arrival times).</summary>
    public int MaxInAnyWindow(TimeSpan window)
    {
        var times = Received.Select(r => r.At).Order().ToArray();
        var ticks = (long)(window.TotalSeconds * Stopwatch.Frequency);
        var max = 0;
        for (int first = 0, last = 0; last < times.Length; last++)
        {
            while (times[last] - times[first] >= ticks)
            {
                first++;
            }

            max = Math.Max(max, last - first + 1);
        }

        return max;
    }

    public void Reset() => received.Clear();

    /// <summary>Time from the first request received to the last.</summary>
    public TimeSpan Span()
    {
        var times = Received.Select(r => r.At).ToArray();
        return times.Length == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(times.Min(), times.Max());
    }

    /// <summary>Requests in each whole second since the first, for failure messages.</summary>
    public IEnumerable<int> PerSecond()
    {
        var times = Received.Select(r => r.At).Order().ToArray();
        return times.Length == 0 ? [] : times.GroupBy(t => (t - times[0]) / Stopwatch.Frequency).Select(g => g.Count());
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<IResult> AcceptAsync(string conversationId, HttpRequest request)
    {
        var at = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref inFlight);
        try
        {
            var body = await JsonNode.ParseAsync(request.Body);
            received.Enqueue(new Received(conversationId, at, body?.ToJsonString() ?? string.Empty));
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }
}

internal sealed record Received(string ConversationId, long At, string Json);
