namespace EthicsBot.Host.Tests.Fakes;

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

/// <summary>
/// A Bot Connector on loopback: the bot posts its replies here (the activity's serviceUrl), and tests read
/// what it captured. Answers like the real service: 200 with a resource id.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<JsonObject> activities = new();
    private readonly SemaphoreSlim arrived = new(0);

    private FakeConnector(WebApplication app) => this.app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<JsonObject> Activities => [.. activities];

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.CaptureAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.CaptureAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.CaptureAsync);
        await app.StartAsync();
        connector.ServiceUrl = new Uri(app.Urls.First() + "/");
        return connector;
    }

    /// <summary>Waits until at least <paramref name="count"/> activities in total have arrived.</summary>
    public async Task<IReadOnlyList<JsonObject>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (activities.Count < count)
        {
            await arrived.WaitAsync(cts.Token);
        }

        return Activities;
    }

    private async Task<IResult> CaptureAsync(HttpRequest request)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        if (body is JsonObject activity)
        {
            activities.Enqueue(activity);
            arrived.Release();
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        arrived.Dispose();
    }
}
