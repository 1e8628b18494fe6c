namespace EthicsBot.Persistence.Tests.Daily;

using EthicsBot.Persistence.Daily;

/// <summary>Creating and changing deliveries; the read queries are tested in SqliteDeliveryStoreTests.Queries.cs.</summary>
public abstract partial class DeliveryStoreContract : StoreContract
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = TestDatabase.Now;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [SkippableFact]
    public async Task EnsureDueAsync_NewRows_CreatesPendingRows()
    {
        await using var db = await CreateAsync();

        var created = await db.Deliveries.EnsureDueAsync([("u1", Today), ("u2", Today), ("u1", Today.AddDays(1))], Now);

        Assert.Equal(3, created);
        var row = await db.Deliveries.GetAsync("u1", Today);
        Assert.Equal(
            new DeliveryRecord { UserId = "u1", LocalDate = Today, Status = DeliveryStatus.Pending, NextAttemptAt = Now, CreatedAt = Now },
            row);
    }

    [SkippableFact]
    public async Task EnsureDueAsync_CalledAgainWithOverlap_AddsOnlyMissingAndLeavesExistingUntouched()
    {
        await using var db = await CreateAsync();
        await db.Deliveries.EnsureDueAsync([("u1", Today)], Now);
        await db.Deliveries.ClaimBatchAsync("w", 10, Lease, MaxAttempts, Now);

        var created = await db.Deliveries.EnsureDueAsync([("u1", Today), ("u1", Today), ("u2", Today)], Now.AddMinutes(1));

        Assert.Equal(1, created);
        Assert.Equal(DeliveryStatus.Claimed, (await db.Deliveries.GetAsync("u1", Today))!.Status);
        Assert.Equal(2, await db.CountAsync("SELECT COUNT(*) FROM deliveries"));
    }

    [SkippableFact]
    public async Task EnsureDueAsync_TwentyThousandUsersTwice_CreatesEachOnce()
    {
        await using var db = await CreateAsync();
        var due = Enumerable.Range(0, 20_000).Select(i => ($"29:user-{i:D6}", Today)).ToList();

        var first = await db.Deliveries.EnsureDueAsync(due, Now);
        var second = await db.Deliveries.EnsureDueAsync(due, Now);

        Assert.Equal((20_000, 0), (first, second));
        Assert.Equal(20_000, (await db.Deliveries.GetStatusAsync(Today)).Pending);
    }

    [SkippableFact]
    public async Task MarkSentAsync_ClaimedRow_RecordsSendAndReleasesLease()
    {
        await using var db = await ClaimedAsync();

        Assert.True(await db.Deliveries.MarkSentAsync("u1", Today, "session-9", Now.AddSeconds(3)));

        var row = await db.Deliveries.GetAsync("u1", Today);
        Assert.Equal((DeliveryStatus.Sent, "session-9", (DateTimeOffset?)Now.AddSeconds(3), (string?)null, (DateTimeOffset?)null),
            (row!.Status, row.SessionId, row.SentAt, row.LeaseOwner, row.LeaseUntil));
        Assert.False(await db.Deliveries.MarkSentAsync("u1", Today, "session-10", Now.AddSeconds(4)));
        Assert.Equal("session-9", (await db.Deliveries.GetAsync("u1", Today))!.SessionId);
    }

    [SkippableFact]
    public async Task MarkFailedAsync_RetryableWithAttemptsLeft_GoesBackToPending()
    {
        await using var db = await ClaimedAsync();

        var status = await db.Deliveries.MarkFailedAsync("u1", Today, "HTTP 503", retryable: true, Now.AddMinutes(1));

        Assert.Equal(DeliveryStatus.Pending, status);
        var row = await db.Deliveries.GetAsync("u1", Today);
        Assert.Equal((DeliveryStatus.Pending, 1, "HTTP 503", Now.AddMinutes(1), (string?)null),
            (row!.Status, row.Attempts, row.LastError, row.NextAttemptAt, row.LeaseOwner));
    }

    [SkippableFact]
    public async Task MarkFailedAsync_NotRetryable_FailsAtOnce()
    {
        await using var db = await ClaimedAsync();

        Assert.Equal(DeliveryStatus.Failed, await db.Deliveries.MarkFailedAsync("u1", Today, "HTTP 400", retryable: false, Now));
        Assert.Empty(await db.Deliveries.ClaimBatchAsync("w", 1, Lease, MaxAttempts, Now.AddDays(1)));
    }

    [SkippableFact]
    public async Task MarkFailedAsync_RowNotClaimed_ReturnsNullAndChangesNothing()
    {
        await using var db = await ClaimedAsync();
        await db.Deliveries.MarkSentAsync("u1", Today, "s", Now);

        Assert.Null(await db.Deliveries.MarkFailedAsync("u1", Today, "late timeout", retryable: true, Now));
        Assert.Null(await db.Deliveries.MarkFailedAsync("nobody", Today, "x", retryable: false, Now));
        Assert.Equal(DeliveryStatus.Sent, (await db.Deliveries.GetAsync("u1", Today))!.Status);
    }

    [SkippableFact]
    public async Task MarkUnreachableAsync_ClaimedRow_StopsRetriesAndRecordsReason()
    {
        await using var db = await ClaimedAsync();

        Assert.True(await db.Deliveries.MarkUnreachableAsync("u1", Today, "MessageWritesBlocked"));

        var row = await db.Deliveries.GetAsync("u1", Today);
        Assert.Equal((DeliveryStatus.Unreachable, "MessageWritesBlocked"), (row!.Status, row.LastError));
        Assert.Empty(await db.Deliveries.ClaimBatchAsync("w", 1, Lease, MaxAttempts, Now.AddDays(1)));
    }

    [SkippableFact]
    public async Task MarkAnsweredAsync_SentRow_RecordsFirstAnswerOnly()
    {
        await using var db = await ClaimedAsync();
        await db.Deliveries.MarkSentAsync("u1", Today, "s-1", Now);

        Assert.True(await db.Deliveries.MarkAnsweredAsync("u1", Today, Now.AddMinutes(5)));
        Assert.False(await db.Deliveries.MarkAnsweredAsync("u1", Today, Now.AddMinutes(6)));

        Assert.Equal(Now.AddMinutes(5), (await db.Deliveries.GetAsync("u1", Today))!.AnsweredAt);
    }

    [SkippableFact]
    public async Task MarkAnsweredAsync_ClaimedRowAfterCrashBeforeMarkSent_BecomesSentAndIsNotResent()
    {
        await using var db = await ClaimedAsync();

        Assert.True(await db.Deliveries.MarkAnsweredAsync("u1", Today, Now.AddMinutes(5)));

        var row = await db.Deliveries.GetAsync("u1", Today);
        Assert.Equal((DeliveryStatus.Sent, (DateTimeOffset?)Now.AddMinutes(5)), (row!.Status, row.SentAt));
        Assert.Empty(await db.Deliveries.ClaimBatchAsync("w", 1, Lease, MaxAttempts, Now.AddHours(1)));
    }

    [SkippableFact]
    public async Task MarkSessionAnsweredAsync_KnownSession_MarksItsDelivery()
    {
        await using var db = await ClaimedAsync();
        await db.Deliveries.MarkSentAsync("u1", Today, "s-1", Now);

        Assert.True(await db.Deliveries.MarkSessionAnsweredAsync("s-1", Now.AddMinutes(3)));
        Assert.False(await db.Deliveries.MarkSessionAnsweredAsync("s-unknown", Now.AddMinutes(3)));

        Assert.Equal(Now.AddMinutes(3), (await db.Deliveries.GetAsync("u1", Today))!.AnsweredAt);
    }

    [SkippableFact]
    public async Task MarkReminderSentAsync_TwoCallers_OnlyFirstWins()
    {
        await using var db = await ClaimedAsync();
        Assert.False(await db.Deliveries.MarkReminderSentAsync("u1", Today, Now)); // not sent yet
        await db.Deliveries.MarkSentAsync("u1", Today, "s-1", Now);

        Assert.True(await db.Deliveries.MarkReminderSentAsync("u1", Today, Now.AddHours(2)));
        Assert.False(await db.Deliveries.MarkReminderSentAsync("u1", Today, Now.AddHours(3)));

        Assert.Equal(Now.AddHours(2), (await db.Deliveries.GetAsync("u1", Today))!.ReminderSentAt);
    }

    private async Task<StoreDatabase> ClaimedAsync()
    {
        var db = await CreateAsync();
        await db.Deliveries.EnsureDueAsync([("u1", Today)], Now);
        Assert.Single(await db.Deliveries.ClaimBatchAsync("w", 1, Lease, MaxAttempts, Now));
        return db;
    }

    /// <summary>Creates and claims one row; call before creating rows that must stay pending.</summary>
    private static async Task DueAndClaimAsync(StoreDatabase db, string userId, DateOnly date)
    {
        await db.Deliveries.EnsureDueAsync([(userId, date)], Now);
        var claimed = Assert.Single(await db.Deliveries.ClaimBatchAsync("w", 1, Lease, MaxAttempts, Now));
        Assert.Equal((userId, date), (claimed.UserId, claimed.LocalDate));
    }
}
