namespace EthicsBot.Persistence.Tests.Daily;

using System.Collections.Concurrent;
using EthicsBot.Persistence.Daily;

public abstract class DeliveryStoreClaimContract : StoreContract
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = TestDatabase.Now;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [SkippableFact]
    public async Task ClaimBatchAsync_PendingRows_LeasesUpToMaxToOwner()
    {
        await using var db = await CreateAsync();
        await db.Deliveries.EnsureDueAsync(Users(5), Now);

        var claimed = await db.Deliveries.ClaimBatchAsync("worker-a", 3, Lease, MaxAttempts, Now);

        Assert.Equal(3, claimed.Count);
        Assert.All(claimed, d =>
        {
            Assert.Equal(DeliveryStatus.Claimed, d.Status);
            Assert.Equal("worker-a", d.LeaseOwner);
            Assert.Equal(Now + Lease, d.LeaseUntil);
            Assert.Equal(1, d.Attempts);
        });
        Assert.Equal(2, (await db.Deliveries.ClaimBatchAsync("worker-b", 10, Lease, MaxAttempts, Now)).Count);
        Assert.Empty(await db.Deliveries.ClaimBatchAsync("worker-c", 10, Lease, MaxAttempts, Now));
    }

    [SkippableFact]
    public async Task ClaimBatchAsync_ManyParallelClaimersFromTwoOwners_NeverHandOutARowTwice()
    {
        await using var db = await CreateAsync();
        const int rows = 3000;
        await db.Deliveries.EnsureDueAsync(Users(rows), Now);
        var seen = new ConcurrentBag<string>();

        var claimers = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var owner = i % 2 == 0 ? "instance-a" : "instance-b";
            while (true)
            {
                var batch = await db.Deliveries.ClaimBatchAsync(owner, 7, Lease, MaxAttempts, Now);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var delivery in batch)
                {
                    seen.Add(delivery.UserId);
                }
            }
        }));
        await Task.WhenAll(claimers);

        Assert.Equal(rows, seen.Count);
        Assert.Equal(rows, seen.Distinct().Count());
        Assert.Equal(rows, await db.CountAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'claimed' AND attempts = 1"));
    }

    [SkippableFact]
    public async Task ClaimBatchAsync_LeaseStillRunning_DoesNotReclaim()
    {
        await using var db = await CreateAsync();
        await db.Deliveries.EnsureDueAsync(Users(1), Now);
        await db.Deliveries.ClaimBatchAsync("crashed", 10, Lease, MaxAttempts, Now);

        Assert.Empty(await db.Deliveries.ClaimBatchAsync("other", 10, Lease, MaxAttempts, Now + Lease - TimeSpan.FromSeconds(1)));
    }

    [SkippableFact]
    public async Task ClaimBatchAsync_LeaseExpired_ReclaimsForNewOwnerAndCountsAttempt()
    {
        await using var db = await CreateAsync();
        await db.Deliveries.EnsureDueAsync(Users(1), Now);
        await db.Deliveries.ClaimBatchAsync("crashed", 10, Lease, MaxAttempts, Now);
        var later = Now + Lease + TimeSpan.FromSeconds(1);

        var reclaimed = Assert.Single(await db.Deliveries.ClaimBatchAsync("survivor", 10, Lease, MaxAttempts, later));

        Assert.Equal(("survivor", 2, (DateTimeOffset?)(later + Lease)), (reclaimed.LeaseOwner, reclaimed.Attempts, reclaimed.LeaseUntil));
    }

    [SkippableFact]
    public async Task ClaimBatchAsync_LeaseExpiredAfterLastAttempt_MarksFailedInsteadOfClaiming()
    {
        await using var db = await CreateAsync();
        await db.Deliveries.EnsureDueAsync(Users(1), Now);
        await db.Deliveries.ClaimBatchAsync("w", 1, Lease, maxAttempts: 2, Now);
        await db.Deliveries.ClaimBatchAsync("w", 1, Lease, maxAttempts: 2, Now + (2 * Lease));

        var third = await db.Deliveries.ClaimBatchAsync("w", 1, Lease, maxAttempts: 2, Now + (4 * Lease));

        Assert.Empty(third);
        var stored = await db.Deliveries.GetAsync("29:user-0000", Today);
        Assert.Equal(DeliveryStatus.Failed, stored!.Status);
        Assert.Equal("lease expired after 2 attempts", stored.LastError);
    }

    [SkippableFact]
    public async Task ClaimBatchAsync_RetryNotDueYet_WaitsUntilRetryTime()
    {
        await using var db = await CreateAsync();
        await db.Deliveries.EnsureDueAsync(Users(1), Now);
        await db.Deliveries.ClaimBatchAsync("w", 1, Lease, MaxAttempts, Now);
        await db.Deliveries.MarkFailedAsync("29:user-0000", Today, "HTTP 503", retryable: true, Now.AddMinutes(10));

        Assert.Empty(await db.Deliveries.ClaimBatchAsync("w", 1, Lease, MaxAttempts, Now.AddMinutes(9)));
        Assert.Single(await db.Deliveries.ClaimBatchAsync("w", 1, Lease, MaxAttempts, Now.AddMinutes(10)));
    }

    [SkippableFact]
    public async Task ClaimBatchAsync_SentRows_AreNeverClaimed()
    {
        await using var db = await CreateAsync();
        await db.Deliveries.EnsureDueAsync(Users(1), Now);
        await db.Deliveries.ClaimBatchAsync("w", 1, Lease, MaxAttempts, Now);
        await db.Deliveries.MarkSentAsync("29:user-0000", Today, "s-1", Now);

        Assert.Empty(await db.Deliveries.ClaimBatchAsync("w", 1, Lease, MaxAttempts, Now.AddDays(1)));
    }

    [SkippableFact]
    public async Task ClaimBatchAsync_InvalidArguments_Throw()
    {
        await using var db = await CreateAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.Deliveries.ClaimBatchAsync("w", 0, Lease, MaxAttempts, Now));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.Deliveries.ClaimBatchAsync("w", 1, TimeSpan.Zero, MaxAttempts, Now));
        await Assert.ThrowsAsync<ArgumentException>(() => db.Deliveries.ClaimBatchAsync("", 1, Lease, MaxAttempts, Now));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.Deliveries.ClaimBatchAsync("w", 1, Lease, maxAttempts: 0, Now));
    }

    private static IEnumerable<(string UserId, DateOnly LocalDate)> Users(int count) =>
        Enumerable.Range(0, count).Select(i => ($"29:user-{i:D4}", Today));
}
