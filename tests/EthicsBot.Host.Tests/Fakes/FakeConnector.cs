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
/// what it captured. Answers like the real service: 200 with a resource id, unless a test scripted other answers
/// for a conversation (<see cref="Script"/>) or holds its requests (<see cref="Hold"/>).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<JsonObject> activities = new();
    private readonly SemaphoreSlim arrived = new(0);
    private readonly ConcurrentQueue<ConnectorRequest> requests = new();
    private readonly SemaphoreSlim requested = new(0);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ConnectorAnswer>> scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> holds = new(StringComparer.Ordinal);

    private FakeConnector(WebApplication app) => this.app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Activities the connector accepted (answered 2xx, or held).</summary>
    public IReadOnlyList<JsonObject> Activities => [.. activities];

    /// <summary>Every request in arrival order, with the status it was answered with.</summary>
    public IReadOnlyList<ConnectorRequest> Requests => [.. requests];

    /// <summary>The next requests to the conversation get these answers, in order; after them it answers 200 again.</summary>
    public void Script(string conversationId, params ConnectorAnswer[] answers)
    {
        var queue = scripts.GetOrAdd(conversationId, _ => new ConcurrentQueue<ConnectorAnswer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    /// <summary>
    /// Requests to the conversation are accepted (the activity counts as delivered) but not answered until
    /// <see cref="Release"/>: a send in flight.
    /// </summary>
    public void Hold(string conversationId) => holds.TryAdd(conversationId, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release(string conversationId)
    {
        if (holds.TryRemove(conversationId, out var hold))
        {
            hold.TrySetResult();
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> requests in total have arrived, whatever their answer.</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (requests.Count < count)
        {
            await requested.WaitAsync(cts.Token);
        }

        return Requests;
    }

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.AnswerAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", connector.AnswerAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", connector.AnswerAsync);
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

    private async Task<IResult> AnswerAsync(string conversationId, HttpRequest request, HttpResponse response)
    {
        var body = await JsonNode.ParseAsync(request.Body);
        var answer = scripts.TryGetValue(conversationId, out var script) && script.TryDequeue(out var next) ? next : ConnectorAnswer.Ok;
        if (answer.Status is >= 200 and < 300 && body is JsonObject activity)
        {
            activities.Enqueue(activity);
            arrived.Release();
        }

        requests.Enqueue(new ConnectorRequest(conversationId, answer.Status, request.Headers.Authorization.ToString()));
        requested.Release();
        if (holds.TryGetValue(conversationId, out var hold))
        {
            await hold.Task.WaitAsync(request.HttpContext.RequestAborted);
        }

        if (answer.Status is >= 200 and < 300)
        {
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        }

        if (answer.RetryAfterSeconds is { } retryAfter)
        {
            response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Results.Json(
            new { error = new { code = answer.ErrorCode ?? "ServiceError", message = "scripted failure", subCode = answer.SubCode } },
            statusCode: answer.Status);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hold in holds.Values)
        {
            hold.TrySetResult();
        }

        await app.StopAsync();
        await app.DisposeAsync();
        arrived.Dispose();
        requested.Dispose();
    }
}

/// <summary>One request the fake connector received and the status it answered.</summary>
public sealed record ConnectorRequest(string ConversationId, int Status, string Authorization = "");

/// <summary>A scripted connector answer: a status, an optional Retry-After in seconds, and the body's error code and sub-code.</summary>
public sealed record ConnectorAnswer(int Status, int? RetryAfterSeconds = null, string? ErrorCode = null, string? SubCode = null)
{
    public static ConnectorAnswer Ok { get; } = new(200);

    public static ConnectorAnswer TooManyRequests(int retryAfterSeconds) => new(429, retryAfterSeconds, "TooManyRequests");

    public static ConnectorAnswer ServiceUnavailable { get; } = new(503, ErrorCode: "ServiceUnavailable");

    /// <summary>What Teams answers when the user blocked or removed the bot.</summary>
    public static ConnectorAnswer MessageWritesBlocked { get; } = new(403, ErrorCode: "Forbidden", SubCode: "MessageWritesBlocked");
}
