namespace EthicsBot.Host.Tests.Reports;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>GET /api/admin/reports/leaderboard over the seeded week of 9–15 November 2026.</summary>
public sealed class LeaderboardEndpointTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    [Fact]
    public async Task Leaderboard_Province_RanksOnlyShownCommunesWithEnoughActivePeople()
    {
        var board = await host.Admin().GetFromJsonAsync<JsonObject>(new Uri("/api/admin/reports/leaderboard?unit=an-giang&week=2026-11-12", UriKind.Relative));

        Assert.Equal("2026-11-09", (string?)board!["weekStart"]);
        Assert.Equal("2026-11-15", (string?)board["weekEnd"]);
        var entry = Assert.Single(board["entries"]!.AsArray());
        Assert.Equal("xa-a", (string?)entry!["unitId"]);
        Assert.Equal(1, (int)entry["rank"]!);
        Assert.Equal(100, (double)entry["participation"]!);
        Assert.Equal(50, (double)entry["score"]!);
        Assert.Equal(2, (int)board["unranked"]!);
    }

    [Fact]
    public async Task Leaderboard_WholeDeployment_RanksTheProvinces()
    {
        var board = await host.Admin().GetFromJsonAsync<JsonObject>(new Uri("/api/admin/reports/leaderboard?week=2026-11-09", UriKind.Relative));

        var entry = Assert.Single(board!["entries"]!.AsArray());
        Assert.Equal("an-giang", (string?)entry!["unitId"]);
        Assert.Equal(44.8, (double)entry["score"]!);
        Assert.Equal(33, (int)board["unranked"]!);
    }

    [Fact]
    public async Task Leaderboard_ScopedKeyAboveItsUnit_Is403AndBadWeekIs400()
    {
        var scoped = await host.Admin(ReportsHost.CommuneKey).GetAsync(new Uri("/api/admin/reports/leaderboard?unit=an-giang", UriKind.Relative));
        var bad = await host.Admin().GetAsync(new Uri("/api/admin/reports/leaderboard?week=last-week", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, scoped.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
