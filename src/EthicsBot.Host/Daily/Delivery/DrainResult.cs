namespace EthicsBot.Host.Daily.Delivery;

using EthicsBot.Host.Daily.Sending;

/// <summary>
/// What one drain did. <see cref="NextRetryAt"/> is the earliest retry its last claim could not take yet (it may be due
/// already, when it fell due while the last cards were being sent), so the worker wakes for it.
/// </summary>
internal sealed record DrainResult(int Claimed, int Sent, int Retried, int Failed, int Unreachable, int Errors, DateTimeOffset? NextRetryAt)
{
    /// <summary>What an instance that does not hold the sender role drains.</summary>
    public static readonly DrainResult Nothing = new(0, 0, 0, 0, 0, 0, null);
}

/// <summary>Thread-safe counters behind a <see cref="DrainResult"/>.</summary>
internal sealed class DrainTally
{
    private readonly Lock gate = new();
    private int claimed, sent, retried, failed, unreachable, errors;

    public void Claimed(int count)
    {
        lock (gate)
        {
            claimed += count;
        }
    }

    public void Error()
    {
        lock (gate)
        {
            errors++;
        }
    }

    public void Add(DeliveryResult result)
    {
        lock (gate)
        {
            switch (result.Outcome)
            {
                case SendOutcome.Sent:
                    sent++;
                    break;
                case SendOutcome.Retry:
                    retried++;
                    break;
                case SendOutcome.Unreachable:
                    unreachable++;
                    break;
                default:
                    failed++;
                    break;
            }
        }
    }

    public DrainResult ToResult(DateTimeOffset? nextRetryAt)
    {
        lock (gate)
        {
            return new DrainResult(claimed, sent, retried, failed, unreachable, errors, nextRetryAt);
        }
    }
}
