namespace EthicsBot.Host.Tests.Reports;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

/// <summary>A key scoped to a commune sees that commune and what is beneath it, gets 403 elsewhere; exports are audited.</summary>
public sealed class ReportScopeTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    private const string Range = "from=2026-11-02&to=2026-11-15";

    [Theory]
    [InlineData("unit=xa-b")]
    [InlineData("unit=an-giang")]
    [InlineData("unit=ha-noi")]
    [InlineData("unit=no-such-unit")]
    public async Task Summary_ScopedKeyOutsideItsUnit_Is403(string unit)
    {
        var response = await host.Admin(ReportsHost.CommuneKey).GetAsync(new Uri($"/api/admin/reports/summary?{unit}&{Range}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SummaryXlsx_ScopedKeyOutsideItsUnit_Is403()
    {
        var response = await host.Admin(ReportsHost.CommuneKey).GetAsync(new Uri($"/api/admin/reports/summary.xlsx?unit=an-giang&{Range}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Summary_ScopedKeyWithoutUnit_GetsItsOwnUnit()
    {
        var report = await host.Admin(ReportsHost.CommuneKey).GetFromJsonAsync<JsonObject>(new Uri($"/api/admin/reports/summary?{Range}", UriKind.Relative));

        Assert.Equal("xa-a", (string?)report!["unit"]);
        Assert.Equal(6, (int)report["enrolled"]!);
        Assert.Equal("xa-a-vp", (string?)report["children"]![0]!["id"]);
    }

    [Fact]
    public async Task Summary_ScopedKeyBelowItsUnit_IsAllowed()
    {
        var response = await host.Admin(ReportsHost.CommuneKey).GetAsync(new Uri($"/api/admin/reports/summary?unit=xa-a-vp&{Range}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((bool)(await response.Content.ReadFromJsonAsync<JsonObject>())!["hidden"]!);
    }

    [Fact]
    public async Task Summary_UnscopedKeyWithoutUnit_SeesTheWholeDeployment()
    {
        var report = await host.Admin().GetFromJsonAsync<JsonObject>(new Uri($"/api/admin/reports/summary?{Range}", UriKind.Relative));

        Assert.Null(report!["unit"]);
        Assert.Equal(13, (int)report["enrolled"]!);
        Assert.Equal(34, report["children"]!.AsArray().Count);
    }

    [Fact]
    public async Task Roster_ScopedKeyRowOutsideItsUnit_IsARowError()
    {
        var csv = "userPrincipalName,unitId\nlan@angiang.gov.vn,xa-a-vp\nminh@angiang.gov.vn,xa-b\n";

        var response = await host.Admin(ReportsHost.CommuneKey).PostAsync(new Uri("/api/admin/units/roster", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0];
        Assert.Equal("row 3: unit 'xa-b' is outside 'xa-a', the unit this admin key is limited to", error);
    }

    [Fact]
    public async Task Units_ScopedKey_ListsOnlyItsSubtree()
    {
        var units = await host.Admin(ReportsHost.CommuneKey).GetFromJsonAsync<JsonArray>(new Uri("/api/admin/units", UriKind.Relative));

        Assert.Equal(["xa-a", "xa-a-vp"], units!.Select(u => (string)u!["id"]!));
    }

    [Fact]
    public async Task Export_IsRecordedInTheAuditTrailWithItsUnit()
    {
        await host.Admin(ReportsHost.CommuneKey).GetAsync(new Uri($"/api/admin/reports/charts/accuracy.png?unit=xa-a&{Range}", UriKind.Relative));

        var audit = await host.Admin().GetFromJsonAsync<JsonObject>(new Uri("/api/admin/audit", UriKind.Relative));
        var entries = audit!["entries"]!.AsArray();
        Assert.Contains(entries, e => (string?)e!["action"] == "reports.export" && (string?)e["key"] == "an-phu"
            && ((string?)e["detail"])!.Contains("unit=xa-a from=2026-11-02 to=2026-11-15 format=accuracy.png", StringComparison.Ordinal));
    }
}
