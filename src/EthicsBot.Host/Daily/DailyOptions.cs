namespace EthicsBot.Host.Daily;

using System.ComponentModel.DataAnnotations;

/// <summary>
/// The daily push: reminder and auto-pause rules, worker pacing and Teams rate limits. The schedule defaults of the
/// same "Daily" section (questions per card, enrolment, delivery time, end of office hours) are DailyQuizOptions.
/// </summary>
public sealed class DailyOptions : IValidatableObject
{
    public const string SectionName = "Daily";

    /// <summary>How long after the delivery time an unanswered card gets its one reminder.</summary>
    /// <value>3 hours</value>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan ReminderDelay { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Delivered workdays in a row left unanswered after which the bot pauses the user.</summary>
    /// <value>5</value>
    [Range(1, 60)]
    public int AutoPauseAfterUnansweredWorkdays { get; set; } = 5;

    /// <summary>How often the worker looks for users who became due and for reminders to send.</summary>
    /// <value>1 minute</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WorkerInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often an idle worker looks for rows to claim: retries and leases left by a crashed instance.</summary>
    /// <value>5 seconds</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ClaimPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Rows claimed per database transaction; at most twice this many wait claimed in memory, and a card that falls due
    /// for a retry is claimed behind them. With 200, that wait was up to 0.8 s at 500 sends a second, and the cards
    /// retried in a push's last second often came last by that much.
    /// </summary>
    /// <value>64</value>
    [Range(1, 5000)]
    public int BatchSize { get; set; } = 64;

    /// <summary>How long a claimed row belongs to this instance before another one may take it over.</summary>
    /// <value>2 minutes</value>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long the instance that runs the daily push (scheduling, sending, reminders) holds that role without renewing
    /// it. It renews every third of this while alive; when it dies, another instance takes over after at most this
    /// long, and then sends the dead one's claimed rows once their <see cref="Lease"/> runs out.
    /// </summary>
    /// <value>30 seconds</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SenderLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests per second to the Bot Connector for one tenant (Teams: 50 per app per tenant).</summary>
    /// <value>50</value>
    [Range(1, 100_000)]
    public int TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// How far below <see cref="TenantRequestsPerSecond"/> sends are paced. Teams counts arrivals over a sliding second;
    /// sends leave evenly spaced but arrive with network and scheduling jitter, and at exactly the limit every early
    /// arrival is a 429 that costs that card a retry (not the quota: Teams does not count what it refused). 1% drew a
    /// few dozen to a hundred 429s in a 20,000-card push at 500/s; 0% drew hundreds.
    /// </summary>
    /// <value>1 (percent)</value>
    [Range(0, 50)]
    public int TenantRateHeadroomPercent { get; set; } = 1;

    /// <summary>
    /// Whether a 503 from Teams gives its slot in the tenant's rate to the next send. A 503 says the service did not
    /// take the request, so the engine assumes Teams did not count it; without this, a push with 5% of 503s runs 5%
    /// slower than the rate allows. Teams does not document it either way, so while 429s are coming no slot is given
    /// back, and a wrong assumption costs a few 429s, which are retried.
    /// </summary>
    /// <value>true</value>
    public bool UnavailableUsesNoQuota { get; set; } = true;

    /// <value>7</value>
    [Range(1, 1000)]
    public int ConversationSendsPerSecond { get; set; } = 7;

    /// <value>60</value>
    [Range(1, 10_000)]
    public int ConversationSendsPer30Seconds { get; set; } = 60;

    /// <value>1,800</value>
    [Range(1, 100_000)]
    public int ConversationSendsPerHour { get; set; } = 1800;

    /// <summary>
    /// Send attempts per delivery (each claim is one, also a claim lost with a crashed process) before it is marked
    /// failed. With the 100 ms first delay, eleven attempts span about 50-100 s, enough to ride out a short Teams
    /// outage; five attempts (from 500 ms) spanned 1.5-3 s, and a card that met three 503s and a crash failed for good.
    /// </summary>
    /// <value>11</value>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 11;

    /// <summary>Sends in flight at once per instance.</summary>
    /// <value>32</value>
    [Range(1, 1024)]
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>
    /// First retry delay; it doubles per attempt, with jitter, up to <see cref="RetryMaxDelay"/>, and a Retry-After
    /// from Teams is a floor. Short, because the last rows of a push wait for their retries: with "equal jitter" a card
    /// unlucky three times in a row waits 0.05-0.1 + 0.1-0.2 + 0.2-0.4 s (twice that from 200 ms, which left the last
    /// cards of a push up to 1.5 s behind the rest, measured).
    /// </summary>
    /// <value>100 ms</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <value>5 minutes</value>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// 429s in a row from one tenant, with no success between them, that pause every send to it, once they have also
    /// gone on for at least a second. A short run of 429s when sends drift over Teams' sliding second is normal at full
    /// rate: each is retried after its Retry-After alone.
    /// </summary>
    /// <value>10</value>
    [Range(1, 1000)]
    public int ThrottlePauseAfter { get; set; } = 10;

    /// <summary>
    /// Longest pause of a tenant after repeated 429s. The first pause lasts what Retry-After asked for (at least a
    /// second) and each further one without a success in between doubles, up to this.
    /// </summary>
    /// <value>30 seconds</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ThrottlePause { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// False runs no background worker on this instance: deliveries are then sent by another instance or by an
    /// admin run handled elsewhere. The admin API still works.
    /// </summary>
    /// <value>true</value>
    public bool WorkerEnabled { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ConversationSendsPerSecond > ConversationSendsPer30Seconds || ConversationSendsPer30Seconds > ConversationSendsPerHour)
        {
            yield return new ValidationResult(
                "Daily:ConversationSendsPerSecond <= ConversationSendsPer30Seconds <= ConversationSendsPerHour must hold.",
                [nameof(ConversationSendsPerSecond), nameof(ConversationSendsPer30Seconds), nameof(ConversationSendsPerHour)]);
        }

        // Claimed rows wait in memory for their turn at the tenant rate; the lease must outlast that wait and a send,
        // or another instance takes the rows over while this one is still about to send them.
        var queued = TimeSpan.FromSeconds(2.0 * BatchSize / TenantRequestsPerSecond);
        if (Lease < queued + TimeSpan.FromSeconds(10))
        {
            yield return new ValidationResult(
                $"Daily:Lease ({Lease}) must be at least 10 s longer than 2 x BatchSize / TenantRequestsPerSecond ({queued}).",
                [nameof(Lease), nameof(BatchSize)]);
        }

        if (RetryMaxDelay < RetryBaseDelay)
        {
            yield return new ValidationResult("Daily:RetryMaxDelay must not be shorter than Daily:RetryBaseDelay.", [nameof(RetryMaxDelay)]);
        }
    }
}
