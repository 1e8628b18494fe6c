namespace EthicsBot.Host.Daily.Throttling;

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

/// <summary>All rate limits a send must pass: its conversation's windows, then its tenant's bucket.</summary>
internal sealed class DeliveryThrottle : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<TenantGate>> tenants = new(StringComparer.Ordinal);
    private readonly DailyOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ConversationLimiter conversations;
    // Paced at the headroom below Teams' rate; no sliding second may use more than half of that headroom, which the
    // pace alone keeps to and the 503 refunds, unchecked, did not (see PacedRateLimiter.Refund).
    private readonly double pacedPerSecond;
    private readonly int capPerSecond;

    public DeliveryThrottle(IOptions<DailyOptions> options, TimeProvider timeProvider)
    {
        this.options = options.Value;
        this.timeProvider = timeProvider;
        var headroom = this.options.TenantRateHeadroomPercent / 100.0;
        pacedPerSecond = this.options.TenantRequestsPerSecond * (1 - headroom);
        capPerSecond = (int)Math.Floor(this.options.TenantRequestsPerSecond * (1 - (headroom / 2)));
        conversations = new ConversationLimiter(
            [
                new SendWindow(this.options.ConversationSendsPerSecond, TimeSpan.FromSeconds(1)),
                new SendWindow(this.options.ConversationSendsPer30Seconds, TimeSpan.FromSeconds(30)),
                new SendWindow(this.options.ConversationSendsPerHour, TimeSpan.FromHours(1)),
            ],
            timeProvider);
    }

    public async ValueTask AcquireAsync(string? tenantId, string conversationId, CancellationToken cancellationToken)
    {
        await conversations.AcquireAsync(conversationId, cancellationToken);
        await Tenant(tenantId).AcquireAsync(cancellationToken);
    }

    /// <inheritdoc cref="TenantGate.ReportThrottled"/>
    public DateTimeOffset? ReportThrottled(string? tenantId, TimeSpan? retryAfter) => Tenant(tenantId).ReportThrottled(retryAfter);

    public void ReportSuccess(string? tenantId) => Tenant(tenantId).ReportSuccess();

    /// <inheritdoc cref="TenantGate.ReportUncounted"/>
    public void ReportUncounted(string? tenantId)
    {
        if (options.UnavailableUsesNoQuota)
        {
            Tenant(tenantId).ReportUncounted();
        }
    }

    public void Dispose()
    {
        foreach (var tenant in tenants.Values.Where(t => t.IsValueCreated))
        {
            tenant.Value.Dispose();
        }
    }

    // Lazy: GetOrAdd may run the factory twice under a race, and a losing gate would leak its timer.
    private TenantGate Tenant(string? tenantId) => tenants.GetOrAdd(tenantId ?? string.Empty, _ => new Lazy<TenantGate>(() =>
        new TenantGate(pacedPerSecond, options.ThrottlePauseAfter, options.ThrottlePause, timeProvider, capPerSecond))).Value;
}
