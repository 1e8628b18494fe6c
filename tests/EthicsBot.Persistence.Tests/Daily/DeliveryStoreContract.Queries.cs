namespace EthicsBot.Persistence.Tests.Daily;

public abstract partial class DeliveryStoreContract : StoreContract
{
    [SkippableFact]
    public async Task ListAwaitingReminderAsync_MixedRows_ListsSentUnansweredUnremindedOfTheDate()
    {
        await using var db = await CreateAsync();
        var users = Enumerable.Range(0, 1205).Select(i => $"u{i:D4}").ToArray();
        await db.Deliveries.EnsureDueAsync(users.Select(u => (u, Today)).Append(("u0000", Today.AddDays(-1))), Now);
        while ((await db.Deliveries.ClaimBatchAsync("w", 500, Lease, MaxAttempts, Now)).Count > 0)
        {
        }

        foreach (var user in users.Skip(1))
        {
            await db.Deliveries.MarkSentAsync(user, Today, $"s-{user}", Now);
        }

        await db.Deliveries.MarkSentAsync("u0000", Today.AddDays(-1), "s-yesterday", Now);
        await db.Deliveries.MarkAnsweredAsync("u0002", Today, Now);
        await db.Deliveries.MarkReminderSentAsync("u0003", Today, Now);

        var listed = await db.Deliveries.ListAwaitingReminderAsync(Today).Select(d => d.UserId).ToListAsync();

        Assert.Equal(users.Except(["u0000", "u0002", "u0003"]), listed);
    }

    [SkippableFact]
    public async Task GetStatusAsync_DayWithEveryOutcome_CountsEachAndListsUnreachable()
    {
        await using var db = await CreateAsync();
        foreach (var user in new[] { "sent", "answered", "claimed", "failed", "blocked-b", "blocked-a" })
        {
            await DueAndClaimAsync(db, user, Today);
        }

        await db.Deliveries.EnsureDueAsync([("pending", Today), ("other-day", Today.AddDays(1))], Now);
        await db.Deliveries.MarkSentAsync("sent", Today, "s1", Now);
        await db.Deliveries.MarkReminderSentAsync("sent", Today, Now);
        await db.Deliveries.MarkSentAsync("answered", Today, "s2", Now);
        await db.Deliveries.MarkAnsweredAsync("answered", Today, Now);
        await db.Deliveries.MarkFailedAsync("failed", Today, "HTTP 400", retryable: false, Now);
        await db.Deliveries.MarkUnreachableAsync("blocked-b", Today, "MessageWritesBlocked");
        await db.Deliveries.MarkUnreachableAsync("blocked-a", Today, "MessageWritesBlocked");

        var status = await db.Deliveries.GetStatusAsync(Today);

        Assert.Equal((Today, 7, 2, 2, 1, 2, 1, 1), (status.LocalDate, status.Due, status.Sent, status.Pending, status.Failed, status.Unreachable, status.Answered, status.Reminded));
        Assert.Equal(["blocked-a", "blocked-b"], status.UnreachableUserIds);
    }

    [SkippableFact]
    public async Task CountConsecutiveUnansweredAsync_History_CountsSentUnansweredSinceLastAnswer()
    {
        await using var db = await CreateAsync();
        // Day 1 answered, day 2 sent, day 3 failed (does not count), day 4 sent, day 5 still pending.
        var days = Enumerable.Range(0, 5).Select(i => Today.AddDays(i)).ToArray();
        foreach (var day in days[..4])
        {
            await DueAndClaimAsync(db, "u1", day);
        }

        await db.Deliveries.EnsureDueAsync([("u1", days[4]), ("u2", Today)], Now);
        await db.Deliveries.MarkSentAsync("u1", days[0], "s0", Now);
        await db.Deliveries.MarkAnsweredAsync("u1", days[0], Now);
        await db.Deliveries.MarkSentAsync("u1", days[1], "s1", Now);
        await db.Deliveries.MarkFailedAsync("u1", days[2], "HTTP 400", retryable: false, Now);
        await db.Deliveries.MarkSentAsync("u1", days[3], "s3", Now);

        Assert.Equal(2, await db.Deliveries.CountConsecutiveUnansweredAsync("u1"));
        await db.Deliveries.MarkAnsweredAsync("u1", days[3], Now);
        Assert.Equal(0, await db.Deliveries.CountConsecutiveUnansweredAsync("u1"));
        Assert.Equal(0, await db.Deliveries.CountConsecutiveUnansweredAsync("u2"));
    }

    [SkippableFact]
    public async Task GetAsync_NoRow_ReturnsNull()
    {
        await using var db = await CreateAsync();

        Assert.Null(await db.Deliveries.GetAsync("u1", Today));
    }
}
