namespace EthicsBot.Domain.Tests.Reports;

using EthicsBot.Domain.Reports;

public sealed class LeaderboardTests
{
    [Fact]
    public void Rank_SmallUnitThatAllPractise_BeatsALargeUnitThatHalfDoes()
    {
        var (ranked, unranked) = Leaderboard.Rank(
        [
            new LeaderboardInput("big", "Sở lớn", 800, 400, 4000, 3600),
            new LeaderboardInput("small", "Xã nhỏ", 8, 8, 80, 72),
        ], 5);

        Assert.Equal(0, unranked);
        Assert.Equal(["small", "big"], ranked.Select(e => e.UnitId));
        Assert.Equal(new LeaderboardEntry(1, "small", "Xã nhỏ", 100, 90, 90), ranked[0]);
        Assert.Equal(45, ranked[1].Score);
    }

    [Fact]
    public void Rank_FewerActiveThanTheFloor_IsNotRanked()
    {
        var (ranked, unranked) = Leaderboard.Rank(
        [
            new LeaderboardInput("a", "A", 20, 10, 50, 40),
            new LeaderboardInput("b", "B", 20, 4, 10, 10),
            new LeaderboardInput("c", "C", 20, 0, 0, 0),
        ], 5);

        Assert.Equal(["a"], ranked.Select(e => e.UnitId));
        Assert.Equal(2, unranked);
    }

    [Fact]
    public void Rank_EqualScores_ShareAPlace()
    {
        var (ranked, _) = Leaderboard.Rank(
        [
            new LeaderboardInput("a", "A", 10, 10, 10, 5),
            new LeaderboardInput("b", "B", 10, 5, 10, 10),
            new LeaderboardInput("c", "C", 10, 5, 10, 5),
        ], 5);

        Assert.Equal([1, 1, 3], ranked.Select(e => e.Rank));
        Assert.Equal("a", ranked[0].UnitId); // the same score, the higher participation first
    }

    [Theory]
    [InlineData("2026-12-07", "2026-11-30")] // a Monday: the week before
    [InlineData("2026-12-13", "2026-11-30")] // a Sunday: still the week before this one
    [InlineData("2026-12-09", "2026-11-30")]
    public void LastWeek_AnyDay_IsTheMondayOfTheLastCompleteWeek(string today, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), Leaderboard.LastWeek(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
