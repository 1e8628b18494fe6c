namespace EthicsBot.Host.Tests.Fakes;

using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

/// <summary>How the fake model answers the next call.</summary>
public abstract record ModelBehaviour
{
    public sealed record Answer(string Text) : ModelBehaviour;

    public sealed record TooManyRequests(int RetryAfterSeconds) : ModelBehaviour;

    public sealed record ServerError : ModelBehaviour;

    public sealed record Hang : ModelBehaviour;

    /// <summary>Azure's 400 with code content_filter (the prompt was refused).</summary>
    public sealed record PromptFiltered : ModelBehaviour;

    /// <summary>A 200 whose completion stopped with finish_reason content_filter.</summary>
    public sealed record CompletionFiltered : ModelBehaviour;
}

/// <summary>
/// The Azure OpenAI chat-completions REST API on loopback, as the real SDK calls it
/// (POST /openai/deployments/{deployment}/chat/completions?api-version=…), with scripted answers and failures.
/// Requests are kept as the JSON the SDK sent, so tests can read the prompt.
/// </summary>
public sealed class FakeAzureOpenAI : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<JsonObject> requests = new();
    private readonly ConcurrentQueue<ModelBehaviour> script = new();

    private FakeAzureOpenAI(WebApplication app) => this.app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>What every call gets once the script is used up.</summary>
    public ModelBehaviour Default { get; set; } = new ModelBehaviour.Answer("[[luat-bvbmnn-2025]]");

    public IReadOnlyList<JsonObject> Requests => [.. requests];

    public IEnumerable<string> Prompts => Requests.SelectMany(r => r["messages"]!.AsArray()).Select(m => m!["content"]!.ToJsonString());

    public void Then(params ModelBehaviour[] behaviours)
    {
        foreach (var behaviour in behaviours)
        {
            script.Enqueue(behaviour);
        }
    }

    public static async Task<FakeAzureOpenAI> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeAzureOpenAI(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", fake.CompleteAsync);
        await app.StartAsync();
        fake.Endpoint = new Uri(app.Urls.First() + "/");
        return fake;
    }

    private async Task<IResult> CompleteAsync(string deployment, HttpRequest request)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(request.Body))!;
        body["deployment"] = deployment;
        body["apiKey"] = request.Headers["api-key"].ToString();
        requests.Enqueue(body);
        var behaviour = script.TryDequeue(out var next) ? next : Default;
        switch (behaviour)
        {
            case ModelBehaviour.Answer answer:
                return Results.Json(Completion(answer.Text, "stop"));
            case ModelBehaviour.CompletionFiltered:
                return Results.Json(Completion(string.Empty, "content_filter"));
            case ModelBehaviour.TooManyRequests limited:
                request.HttpContext.Response.Headers.RetryAfter = limited.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Error(429, "429", "Requests to the ChatCompletions_Create Operation have exceeded the rate limit.");
            case ModelBehaviour.ServerError:
                return Error(500, "server_error", "The server had an error while processing your request.");
            case ModelBehaviour.PromptFiltered:
                return Error(400, "content_filter", "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.");
            default:
                await Task.Delay(Timeout.Infinite, request.HttpContext.RequestAborted);
                return Results.Empty;
        }
    }

    private static JsonObject Completion(string text, string finishReason) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = "chat.completion",
        ["created"] = 1_764_000_000,
        ["model"] = "gpt-4o-mini",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
            ["finish_reason"] = finishReason,
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 812, ["completion_tokens"] = 64, ["total_tokens"] = 876 },
    };

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["status"] = status } }, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
