namespace EthicsBot.Host.Reports.Leaderboards;

/// <summary>What became of one channel's card in a pass.</summary>
internal enum PostOutcome
{
    Posted,
    /// <summary>The channel already had this week (or a later one), or another instance claimed it first.</summary>
    AlreadyPosted,
    /// <summary>Teams refused for good (the bot removed, an untrusted or unreadable reference): the week is given up there.</summary>
    Unreachable,
    /// <summary>A transient failure (429, 5xx): the week was given back, so the next pass or run tries again.</summary>
    RetryLater,
    /// <summary>The registered unit is no longer in the directory.</summary>
    UnknownUnit,
}

/// <summary>The counts of a leaderboard pass over the registered channels, for the week <see cref="WeekStart"/>–<see cref="WeekEnd"/>.</summary>
internal sealed record LeaderboardRun(
    DateOnly WeekStart, DateOnly WeekEnd, int Channels, int Posted, int AlreadyPosted, int Unreachable, int RetryLater, int UnknownUnit)
{
    public static LeaderboardRun From(DateOnly weekStart, IReadOnlyCollection<PostOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        int Count(PostOutcome outcome) => outcomes.Count(o => o == outcome);
        return new LeaderboardRun(
            weekStart, weekStart.AddDays(6), outcomes.Count, Count(PostOutcome.Posted), Count(PostOutcome.AlreadyPosted), Count(PostOutcome.Unreachable),
            Count(PostOutcome.RetryLater), Count(PostOutcome.UnknownUnit));
    }

    /// <summary>The audit record's summary: counts and the week, no conversation ids.</summary>
    public string Summary =>
        $"week={WeekStart:yyyy-MM-dd} channels={Channels} posted={Posted} alreadyPosted={AlreadyPosted} unreachable={Unreachable} retryLater={RetryLater} unknownUnit={UnknownUnit}";
}
