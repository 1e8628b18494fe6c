namespace EthicsBot.Host.Daily.Delivery;

using EthicsBot.Host.Daily.Sending;

/// <param name="RetryAt">When a retried delivery becomes claimable again.</param>
internal sealed record DeliveryResult(SendOutcome Outcome, DateTimeOffset? RetryAt = null);
