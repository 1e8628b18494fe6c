namespace EthicsBot.Host.Reports.Leaderboards;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Leaderboards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain;
using EthicsBot.Domain.Calendar;
using EthicsBot.Host.Daily.Sending;
using EthicsBot.Host.Daily.Throttling;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Leaderboards;

/// <summary>
/// Posts last week's leaderboard card to every registered channel once the week's post time has come, through the
/// daily engine's proactive sender and rate limits. Each week is claimed in the database before it is sent, so a
/// restart or a second instance never posts it twice; a send to retry gives the claim back for the next pass.
/// </summary>
internal sealed class WeeklyLeaderboardPoster(
    ILeaderboardChannelStore channels,
    LeaderboardService leaderboards,
    IContentCatalogProvider catalogs,
    ProactiveSender sender,
    DeliveryThrottle throttle,
    TimeProvider time,
    ILogger<WeeklyLeaderboardPoster> logger)
{
    /// <returns>How many cards were sent in this pass.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var calendar = catalogs.Current.Calendar;
        if (WeeklyPostSchedule.Due(now, calendar, TimeZones.Resolve(calendar.DefaultTimeZone)) is not var (week, dueAt))
        {
            return 0;
        }

        return (await PostWeekAsync(week, dueAt, cancellationToken)).Posted;
    }

    /// <summary>
    /// An admin's run: posts the week starting <paramref name="weekStart"/> to every registered channel now, however
    /// recently it registered. The same claims apply, so a week already posted to a channel is not posted again.
    /// </summary>
    public Task<LeaderboardRun> RunWeekAsync(DateOnly weekStart, CancellationToken cancellationToken) =>
        PostWeekAsync(weekStart, null, cancellationToken);

    private async Task<LeaderboardRun> PostWeekAsync(DateOnly week, DateTimeOffset? registeredBy, CancellationToken cancellationToken)
    {
        var outcomes = new List<PostOutcome>();
        foreach (var channel in await channels.ListAsync(cancellationToken))
        {
            // Registered after this week's post time: its first card is next week's, not a late one now.
            if (registeredBy is { } dueAt && channel.RegisteredAt > dueAt)
            {
                continue;
            }

            outcomes.Add(channel.LastWeekSent >= week ? PostOutcome.AlreadyPosted : await PostAsync(channel, week, cancellationToken));
        }

        return LeaderboardRun.From(week, outcomes);
    }

    private async Task<PostOutcome> PostAsync(LeaderboardChannel channel, DateOnly week, CancellationToken cancellationToken)
    {
        if (!await channels.TryClaimWeekAsync(channel.ConversationId, week, cancellationToken))
        {
            return PostOutcome.AlreadyPosted; // another instance or run took it
        }

        var board = await leaderboards.BuildAsync(channel.UnitId, week, cancellationToken);
        if (board is null)
        {
            LeaderboardLog.UnknownUnit(logger, channel.ConversationId, channel.UnitId);
            return PostOutcome.UnknownUnit; // the unit left the directory; the week stays claimed so the log says it once
        }

        var locale = channel.Locale == "en" ? Locale.En : Locale.Vi;
        var topics = catalogs.Current.Topics;
        var topicNames = board.Topics?.Select(id => topics.FirstOrDefault(t => t.Id == id)?.Name.For(locale) ?? id).ToList();
        var card = LeaderboardCard.Build(
            UiStrings.For(locale), board.Name, board.WeekStart, board.WeekEnd, board.Entries, board.Unranked, board.MinGroupSize, board.Season, topicNames);
        var reference = new StoredConversationReference
        {
            UserId = channel.ConversationId,
            TenantId = channel.TenantId,
            ServiceUrl = channel.ServiceUrl,
            ConversationId = channel.ConversationId,
            ReferenceJson = channel.ReferenceJson,
            UpdatedAt = channel.RegisteredAt,
        };
        SendResult result;
        try
        {
            result = await sender.SendAsync(
                reference,
                (_, _) => Task.FromResult<ComposedMessage?>(new ComposedMessage(CardMessage.From(card), null)),
                token => throttle.AcquireAsync(channel.TenantId, channel.ConversationId, token),
                cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopped (shutdown, or the admin's request went away) while waiting to send: the week is not lost.
            await channels.ReleaseWeekAsync(channel.ConversationId, week, channel.LastWeekSent, CancellationToken.None);
            throw;
        }

        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                throttle.ReportSuccess(channel.TenantId);
                LeaderboardLog.Posted(logger, channel.ConversationId, channel.UnitId, week);
                return PostOutcome.Posted;
            case SendOutcome.Retry:
                if (result.Throttled)
                {
                    throttle.ReportThrottled(channel.TenantId, result.RetryAfter);
                }

                await channels.ReleaseWeekAsync(channel.ConversationId, week, channel.LastWeekSent, CancellationToken.None);
                LeaderboardLog.WillRetry(logger, channel.ConversationId, week, result.Reason);
                return PostOutcome.RetryLater;
            default:
                // Removed from the team, or refused for good: this week is given up; an admin can register again.
                LeaderboardLog.GaveUp(logger, channel.ConversationId, week, result.Outcome.ToString(), result.Reason);
                return PostOutcome.Unreachable;
        }
    }
}
