namespace EthicsBot.FanOutBench;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

/// <summary>
/// The Bot Connector as Teams runs it, on loopback: one tenant limited to R requests in any second, each conversation
/// to 7 per second, 60 per 30 seconds and 1,800 per hour (429 with Retry-After beyond them), and failures injected
/// by the <see cref="FaultPlan"/>. An injected 503 is the service failing at its front door, before the limits count
/// the request, unless <c>transientUsesQuota</c> says it was counted first; 403s and accepted requests always count.
/// </summary>
internal sealed class FakeTeams : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly FaultPlan faults;
    private readonly SlidingWindowLog tenant;
    private readonly bool transientUsesQuota;
    private readonly ConcurrentDictionary<string, Conversation> conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, int> perSecond = new();
    private long requests, counted, accepted, throttled, transient, blocked, inFlight, lastAnswer, resolved;
    private long firstRequest;

    private FakeTeams(WebApplication app, int rate, FaultPlan faults, bool transientUsesQuota)
    {
        this.app = app;
        this.faults = faults;
        this.transientUsesQuota = transientUsesQuota;
        tenant = new SlidingWindowLog([(rate, TimeSpan.FromSeconds(1))]);
    }

    public Uri ServiceUrl { get; private set; } = null!;

    public long Requests => Interlocked.Read(ref requests);
    public long Accepted => Interlocked.Read(ref accepted);
    public long Throttled => Interlocked.Read(ref throttled);
    public long Transient => Interlocked.Read(ref transient);
    public long Blocked => Interlocked.Read(ref blocked);
    public long InFlight => Interlocked.Read(ref inFlight);
    /// <summary>Requests the limits counted (admitted: any answer but 429, and but 503 unless it uses quota).</summary>
    public long Counted => Interlocked.Read(ref counted);
    /// <summary>Requests the limits counted in each second since the first request of the run.</summary>
    public IReadOnlyList<int> AdmittedPerSecond => perSecond.IsEmpty
        ? []
        : [.. Enumerable.Range(0, (int)perSecond.Keys.Max() + 1).Select(s => perSecond.GetValueOrDefault(s))];

    /// <summary>Conversations that got their card accepted or were answered 403: the run is complete when all are.</summary>
    public long Resolved => Interlocked.Read(ref resolved);
    /// <summary>Stopwatch timestamp of the first request the limits counted (0 before it).</summary>
    public long FirstRequest => Interlocked.Read(ref firstRequest);
    /// <summary>Stopwatch timestamp of the latest answer.</summary>
    public long LastAnswer => Interlocked.Read(ref lastAnswer);

    /// <summary>Accepted activities per conversation; more than one is a duplicate.</summary>
    public IReadOnlyDictionary<string, int> Deliveries => conversations.Where(c => c.Value.Accepted > 0).ToDictionary(c => c.Key, c => c.Value.Accepted);

    /// <summary>Conversations that were answered 403 MessageWritesBlocked.</summary>
    public IReadOnlySet<string> Unreachable => conversations.Where(c => c.Value.Blocked).Select(c => c.Key).ToHashSet();

    public static async Task<FakeTeams> StartAsync(int rate, FaultPlan faults, bool transientUsesQuota)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var teams = new FakeTeams(app, rate, faults, transientUsesQuota);
        app.MapPost("/v3/conversations/{conversationId}/activities", teams.AnswerAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", teams.AnswerAsync);
        await app.StartAsync();
        teams.ServiceUrl = new Uri(app.Urls.First() + "/");
        return teams;
    }

    private async Task<IResult> AnswerAsync(string conversationId, HttpRequest request, HttpResponse response)
    {
        // Arrival time, before the body is read: what Teams' window counts.
        var now = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref inFlight);
        try
        {
            await request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref requests);
            var conversation = conversations.GetOrAdd(conversationId, _ => new Conversation());
            int attempt;
            lock (conversation)
            {
                attempt = ++conversation.Attempts;
            }

            var transient = faults.IsTransient(conversationId, attempt);
            if (transient && !transientUsesQuota)
            {
                Interlocked.Increment(ref this.transient);
                return Error(503, "ServiceUnavailable", null);
            }

            TimeSpan? wait;
            lock (tenant)
            {
                wait = tenant.TryAdmit(now);
            }

            lock (conversation)
            {
                wait ??= conversation.Limits.TryAdmit(now);
            }

            if (wait is null)
            {
                Interlocked.Increment(ref counted);
                Interlocked.CompareExchange(ref firstRequest, now, 0);
                perSecond.AddOrUpdate((now - Interlocked.Read(ref firstRequest)) / Stopwatch.Frequency, 1, (_, n) => n + 1);
            }

            if (wait is { } retryAfter)
            {
                Interlocked.Increment(ref throttled);
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return Error(429, "TooManyRequests", null);
            }

            if (faults.IsBlocked(conversationId))
            {
                Interlocked.Increment(ref blocked);
                lock (conversation)
                {
                    if (!conversation.Blocked && conversation.Accepted == 0)
                    {
                        Interlocked.Increment(ref resolved);
                    }

                    conversation.Blocked = true;
                }

                return Error(403, "Forbidden", "MessageWritesBlocked");
            }

            if (transient)
            {
                Interlocked.Increment(ref this.transient);
                return Error(503, "ServiceUnavailable", null);
            }

            Interlocked.Increment(ref accepted);
            lock (conversation)
            {
                if (++conversation.Accepted == 1 && !conversation.Blocked)
                {
                    Interlocked.Increment(ref resolved);
                }
            }

            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        }
        finally
        {
            Interlocked.Exchange(ref lastAnswer, Stopwatch.GetTimestamp());
            Interlocked.Decrement(ref inFlight);
        }
    }

    /// <summary>
    /// Answers a few hundred requests of its own, then forgets them, so the run measures the bot and not this fake's first
    /// requests: in a fresh process those took 150-250 ms each (compiling the request pipeline, growing the thread pool),
    /// which the real Teams, a warm service, does not. Called seconds before the run, so its tenant window is empty again.
    /// </summary>
    public async Task WarmUpAsync()
    {
        using var client = new HttpClient { BaseAddress = ServiceUrl };
        for (var round = 0; round < 8; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 32).Select(async n =>
            {
                using var body = new StringContent("{\"type\":\"message\",\"text\":\"warm-up\"}", System.Text.Encoding.UTF8, "application/json");
                using var answer = await client.PostAsync(new Uri($"v3/conversations/warm-up-{round}-{n}/activities", UriKind.Relative), body);
            }));
        }

        Reset();
    }

    /// <summary>Forgets the warm-up: counters and conversations start from zero; the tenant's window carries on.</summary>
    public void Reset()
    {
        conversations.Clear();
        perSecond.Clear();
        Interlocked.Exchange(ref firstRequest, 0);
        Interlocked.Exchange(ref requests, 0);
        Interlocked.Exchange(ref counted, 0);
        Interlocked.Exchange(ref accepted, 0);
        Interlocked.Exchange(ref throttled, 0);
        Interlocked.Exchange(ref transient, 0);
        Interlocked.Exchange(ref blocked, 0);
        Interlocked.Exchange(ref resolved, 0);
    }

    private static IResult Error(int status, string code, string? subCode) =>
        Results.Json(new { error = new { code, message = "fake Teams", subCode } }, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private sealed class Conversation
    {
        public SlidingWindowLog Limits { get; } = new([(7, TimeSpan.FromSeconds(1)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))]);
        public int Attempts { get; set; }
        public int Accepted { get; set; }
        public bool Blocked { get; set; }
    }
}
