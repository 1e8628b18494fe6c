namespace EthicsBot.Host.Telemetry;

using System.Diagnostics;
using System.Diagnostics.Metrics;

/// <summary>
/// The bot's own traces and metrics. Tags carry kinds, outcomes and reason codes only: never message text, never
/// names; a turn's span carries the activity and conversation ids, which Teams assigns and which are not personal.
/// </summary>
public sealed class BotMetrics
{
    public const string Name = "EthicsBot";
    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> turns;
    private readonly Histogram<double> turnDuration;
    private readonly Counter<long> sends;
    private readonly Counter<long> throttled;

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(Name);
        turns = meter.CreateCounter<long>("ethicsbot.turns", description: "Requests to /api/messages by kind and outcome");
        turnDuration = meter.CreateHistogram<double>("ethicsbot.turn.duration", unit: "ms", description: "Time to answer /api/messages");
        sends = meter.CreateCounter<long>("ethicsbot.proactive.sends", description: "Proactive sends (daily cards, reminders) by outcome");
        throttled = meter.CreateCounter<long>("ethicsbot.proactive.throttled", description: "Proactive sends Teams answered with 429");
        Meter = meter;
    }

    public Meter Meter { get; }

    /// <summary>One request to /api/messages. <paramref name="kind"/>: message, card-action, invoke, conversation-update, other.</summary>
    public void Turn(string kind, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "kind", kind }, { "outcome", outcome } };
        turns.Add(1, tags);
        turnDuration.Record(elapsed.TotalMilliseconds, new TagList { { "kind", kind } });
    }

    /// <summary>One proactive send. <paramref name="outcome"/>: sent, nothing, retry, unreachable, failed.</summary>
    public void Send(string outcome, bool wasThrottled)
    {
        sends.Add(1, new TagList { { "outcome", outcome } });
        if (wasThrottled)
        {
            throttled.Add(1);
        }
    }

    /// <summary>The activity kind a request is counted under, from its type and invoke name.</summary>
    public static string KindOf(string? type, string? name) => (type, name) switch
    {
        ("message", _) => "message",
        ("invoke", "adaptiveCard/action") => "card-action",
        ("invoke", _) => "invoke",
        ("conversationUpdate", _) => "conversation-update",
        ("installationUpdate", _) => "installation-update",
        (null, _) => "unknown",
        _ => "other",
    };
}
