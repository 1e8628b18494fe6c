namespace EthicsBot.Persistence.Tests.Leases;

using System.Collections.Concurrent;

public abstract class LeaseStoreContract : StoreContract
{
    private const string Name = "daily-sender";
    private static readonly DateTimeOffset Now = TestDatabase.Now;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);

    [SkippableFact]
    public async Task TryAcquireAsync_Free_GrantsUntilNowPlusLease()
    {
        await using var db = await CreateAsync();

        Assert.Equal(Now + Lease, await db.Leases.TryAcquireAsync(Name, "a", Lease, Now));
    }

    [SkippableFact]
    public async Task TryAcquireAsync_HeldByAnother_RefusesUntilItRunsOut()
    {
        await using var db = await CreateAsync();
        await db.Leases.TryAcquireAsync(Name, "a", Lease, Now);

        Assert.Null(await db.Leases.TryAcquireAsync(Name, "b", Lease, Now + Lease - TimeSpan.FromSeconds(1)));
        Assert.Equal(Now + Lease + Lease, await db.Leases.TryAcquireAsync(Name, "b", Lease, Now + Lease));
        Assert.Null(await db.Leases.TryAcquireAsync(Name, "a", Lease, Now + Lease + TimeSpan.FromSeconds(1)));
    }

    [SkippableFact]
    public async Task TryAcquireAsync_Holder_Renews()
    {
        await using var db = await CreateAsync();
        await db.Leases.TryAcquireAsync(Name, "a", Lease, Now);

        Assert.Equal(Now + TimeSpan.FromSeconds(5) + Lease, await db.Leases.TryAcquireAsync(Name, "a", Lease, Now + TimeSpan.FromSeconds(5)));
        Assert.Null(await db.Leases.TryAcquireAsync(Name, "b", Lease, Now + Lease));
    }

    [SkippableFact]
    public async Task ReleaseAsync_ByHolder_FreesAtOnceButNotByOthers()
    {
        await using var db = await CreateAsync();
        await db.Leases.TryAcquireAsync(Name, "a", Lease, Now);

        await db.Leases.ReleaseAsync(Name, "b");
        Assert.Null(await db.Leases.TryAcquireAsync(Name, "b", Lease, Now));
        await db.Leases.ReleaseAsync(Name, "a");
        Assert.NotNull(await db.Leases.TryAcquireAsync(Name, "b", Lease, Now));
    }

    [SkippableFact]
    public async Task TryAcquireAsync_ManyOwnersAtOnce_ExactlyOneWins()
    {
        await using var db = await CreateAsync();
        var winners = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            if (await db.Leases.TryAcquireAsync(Name, $"owner-{i}", Lease, Now) is not null)
            {
                winners.Add($"owner-{i}");
            }
        })));

        Assert.Single(winners);
    }
}
