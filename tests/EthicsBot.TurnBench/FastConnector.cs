namespace EthicsBot.TurnBench;

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Channels;

/// <summary>A Bot Connector that takes every send at once and hands each conversation's activities to its virtual user.</summary>
internal sealed class FastConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Channel<JsonObject>> inboxes = new();

    private FastConnector(WebApplication app) => this.app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<FastConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FastConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.ReceiveAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.ReceiveAsync);
        await app.StartAsync();
        connector.ServiceUrl = new Uri(app.Urls.First() + "/");
        return connector;
    }

    public ChannelReader<JsonObject> Inbox(string conversationId) => Box(conversationId).Reader;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private Channel<JsonObject> Box(string conversationId) =>
        inboxes.GetOrAdd(conversationId, _ => Channel.CreateUnbounded<JsonObject>(new UnboundedChannelOptions { SingleReader = true }));

    private async Task<IResult> ReceiveAsync(string conversationId, HttpRequest request)
    {
        if (await JsonNode.ParseAsync(request.Body) is JsonObject activity)
        {
            Box(conversationId).Writer.TryWrite(activity);
        }

        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }
}
