namespace EthicsBot.Persistence.Tests.Daily;

using EthicsBot.Persistence.Daily;

/// <summary>The members the daily delivery engine added: batched "sent" marks and retries claimed first.</summary>
public abstract class DeliveryStoreBatchContract : StoreContract
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = TestDatabase.Now;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [SkippableFact]
    public async Task MarkSentAsync_ManyClaimedRows_MarksEachWithItsSessionInOneCall()
    {
        await using var db = await CreateAsync();
        await db.Deliveries.EnsureDueAsync([("u1", Today), ("u2", Today), ("u3", Today)], Now);
        await db.Deliveries.ClaimBatchAsync("worker", 10, Lease, MaxAttempts, Now);
        await db.Deliveries.MarkSentAsync("u3", Today, "s3", Now);

        var changed = await db.Deliveries.MarkSentAsync([("u1", Today, "s1"), ("u2", Today, "s2"), ("u3", Today, "other")], Now);

        Assert.Equal(2, changed); // u3 was already sent and keeps its session
        var rows = await Task.WhenAll(new[] { "u1", "u2", "u3" }.Select(u => db.Deliveries.GetAsync(u, Today)));
        Assert.All(rows, r => Assert.Equal(DeliveryStatus.Sent, r!.Status));
        Assert.Equal(["s1", "s2", "s3"], rows.Select(r => r!.SessionId));
        Assert.All(rows, r => Assert.Null(r!.LeaseOwner));
    }

    [SkippableFact]
    public async Task ClaimBatchAsync_RetryDueBehindManyFreshRows_IsClaimedFirst()
    {
        await using var db = await CreateAsync();
        await db.Deliveries.EnsureDueAsync([("retried", Today)], Now);
        await db.Deliveries.ClaimBatchAsync("worker", 1, Lease, MaxAttempts, Now);
        await db.Deliveries.MarkFailedAsync("retried", Today, "HTTP 503", retryable: true, Now + TimeSpan.FromSeconds(1));
        await db.Deliveries.EnsureDueAsync(Enumerable.Range(0, 50).Select(i => ($"fresh-{i:00}", Today)), Now);

        var next = await db.Deliveries.ClaimBatchAsync("worker", 1, Lease, MaxAttempts, Now + TimeSpan.FromSeconds(1));

        Assert.Equal("retried", Assert.Single(next).UserId);
    }
}
