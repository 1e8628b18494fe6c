namespace EthicsBot.Host.Tests.Reports;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>The summary against the seeded population: known figures, and the privacy floor under attack.</summary>
public sealed class ReportSummaryTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    private const string Range = "from=2026-11-02&to=2026-11-15";

    [Fact]
    public async Task Summary_Province_HasTheSeededFigures()
    {
        var report = await Get($"unit=an-giang&{Range}");

        Assert.False((bool)report["hidden"]!);
        Assert.Equal(13, (int)report["enrolled"]!);
        Assert.Equal(11, (int)report["active"]!);
        Assert.Equal(84.6, (double)report["participationRate"]!);
        Assert.Equal(17, (int)report["answers"]!);
        Assert.Equal(52.9, (double)report["accuracy"]!);
        var topic = Assert.Single(report["topics"]!.AsArray());
        Assert.Equal("social-media", (string?)topic!["topicId"]);
        Assert.Equal(52.9, (double)topic["accuracy"]!);
        Assert.Equal("social-media", (string?)report["weakestTopics"]![0]!["topicId"]);
        Assert.Equal(13, (int)report["streaks"]!["none"]! + (int)report["streaks"]!["oneToTwo"]!);
        var week = Assert.Single(report["weeks"]!.AsArray());
        Assert.Equal("2026-11-09", (string?)week!["weekStart"]);
        Assert.Equal(17, (int)week["answers"]!);
    }

    [Fact]
    public async Task Summary_Province_ListsMostMissedQuestionsFirst()
    {
        var report = await Get($"unit=an-giang&{Range}");

        // sm-002: the 6 people of xa-a, all wrong; sm-001: 11 answers, the 2 of xa-c wrong.
        var missed = report["mostMissed"]!.AsArray();
        Assert.Equal(["sm-002", "sm-001"], missed.Select(m => (string)m!["questionId"]!));
        Assert.Equal([6, 2], missed.Select(m => (int)m!["wrong"]!));
        Assert.Equal([6, 11], missed.Select(m => (int)m!["answers"]!));
    }

    [Fact]
    public async Task Summary_SmallCommune_IsHiddenAndItsSiblingWithIt()
    {
        var report = await Get($"unit=an-giang&{Range}");
        var children = report["children"]!.AsArray().ToDictionary(c => (string)c!["id"]!, c => c!);

        Assert.False((bool)children["xa-a"]["hidden"]!);
        Assert.Equal(6, (int)children["xa-a"]["figures"]!["enrolled"]!);
        Assert.True((bool)children["xa-c"]["hidden"]!);
        Assert.Null(children["xa-c"]["figures"]);
        // xa-b (5 people) would leave xa-c's 2 as the province minus its shown children, so it is hidden too.
        Assert.True((bool)children["xa-b"]["hidden"]!);
        Assert.Equal(7, (int)report["other"]!["enrolled"]!);
        Assert.Equal(5, (int)report["other"]!["active"]!);
    }

    [Theory]
    [InlineData("xa-b")]
    [InlineData("xa-c")]
    public async Task Summary_HiddenCommuneAskedDirectly_ShowsNoFigures(string unit)
    {
        var report = await Get($"unit={unit}&{Range}");

        Assert.True((bool)report["hidden"]!);
        Assert.Null(report["enrolled"]);
        Assert.Null(report["answers"]);
        Assert.Empty(report["children"]!.AsArray());
    }

    [Fact]
    public async Task Summary_DifferenceOfEveryShownFigure_NeverRevealsTheSmallCommune()
    {
        var province = await Get($"unit=an-giang&{Range}");
        var shownChildren = province["children"]!.AsArray().Where(c => !(bool)c!["hidden"]!).Sum(c => (int)c!["figures"]!["answers"]!);
        var everything = await Get(Range);
        var shownProvinces = everything["children"]!.AsArray().Where(c => !(bool)c!["hidden"]!).ToList();

        // What is left after subtracting shown children covers at least 5 people (xa-b and xa-c together).
        Assert.Equal(5, (int)province["answers"]! - shownChildren);
        Assert.Equal(province["other"]!["answers"]!.GetValue<int>(), (int)province["answers"]! - shownChildren);
        Assert.Equal(["an-giang"], shownProvinces.Select(p => (string)p!["id"]!));
        Assert.Null(everything["other"]);
    }

    [Fact]
    public async Task Summary_UnknownUnit_Is404AndBadDateIs400()
    {
        var client = host.Admin();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/admin/reports/summary?unit=xa-zz", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/api/admin/reports/summary?from=2026-13-01", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/api/admin/reports/summary?from=2026-11-20&to=2026-11-01", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Summary_WithoutTheKey_Is401()
    {
        var response = await host.Factory.CreateClient().GetAsync(new Uri("/api/admin/reports/summary", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<JsonObject> Get(string query)
    {
        var response = await host.Admin().GetAsync(new Uri("/api/admin/reports/summary?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
