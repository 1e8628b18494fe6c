namespace EthicsBot.Host.Tests.Admin;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

/// <summary>The admin home: named keys and their callers, 401/403/413, no stack traces, and the audit trail.</summary>
public sealed class AdminApiTests
{
    private static readonly Uri Audit = new("/api/admin/audit", UriKind.Relative);

    [Theory]
    [InlineData(AdminTestHost.LegacyKey, "default", null)]
    [InlineData(AdminTestHost.ProvinceKey, "province", null)]
    [InlineData(AdminTestHost.UnitKey, "hue-youth", AdminTestHost.Unit)]
    public async Task Caller_EachKey_IsNamedWithItsUnitScope(string key, string name, string? unit)
    {
        await using var host = new AdminTestHost();

        var caller = await host.Client(key).GetFromJsonAsync<JsonObject>(new Uri("/api/admin/probe/caller", UriKind.Relative));

        Assert.Equal(name, (string?)caller!["name"]);
        Assert.Equal(unit, (string?)caller["unitScope"]);
    }

    [Theory]
    [InlineData("GET", "/api/admin/audit", null)]
    [InlineData("GET", "/api/admin/probe/caller", "not-a-key-0123456789")]
    [InlineData("POST", "/api/admin/content/reload", null)]
    [InlineData("GET", "/api/admin/content/status", "Basic " + AdminTestHost.ProvinceKey)]
    public async Task AnyRoute_MissingOrWrongKey_Is401(string method, string path, string? key)
    {
        await using var host = new AdminTestHost();

        var response = await host.Client(key).SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task WholeDeploymentAction_UnitScopedKey_Is403AndChangesNothing()
    {
        await using var host = new AdminTestHost();

        var reload = await host.Client(AdminTestHost.UnitKey).PostAsync(new Uri("/api/admin/content/reload", UriKind.Relative), null);
        var status = await host.Client(AdminTestHost.ProvinceKey).GetFromJsonAsync<JsonObject>(new Uri("/api/admin/content/status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, reload.StatusCode);
        Assert.Null(status!["lastReload"]);
    }

    [Fact]
    public async Task Body_OverTheLimit_Is413WithOrWithoutContentLength()
    {
        await using var host = new AdminTestHost(s => s["Admin:MaxBodyBytes"] = "2048");
        var client = host.Client(AdminTestHost.ProvinceKey);
        var echo = new Uri("/api/admin/probe/echo", UriKind.Relative);

        var small = await client.PostAsync(echo, new ByteArrayContent(new byte[2048]));
        var declared = await client.PostAsync(echo, new ByteArrayContent(new byte[2049]));
        var chunked = await client.PostAsync(echo, new UnknownLengthContent(new byte[5000]));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(2048, await small.Content.ReadFromJsonAsync<int>());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
    }

    [Fact]
    public async Task Handler_Throws_Is500WithoutAStackTraceEvenInDevelopment_AndAuditedAsFailed()
    {
        await using var host = new AdminTestHost(environment: "Development");
        var client = host.Client(AdminTestHost.ProvinceKey);

        var response = await client.PostAsync(new Uri("/api/admin/probe/throw", UriKind.Relative), null);
        var body = await response.Content.ReadAsStringAsync();
        var entry = (await client.GetFromJsonAsync<JsonObject>(Audit))!["entries"]!.AsArray()[0]!;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("trace id", body, StringComparison.Ordinal);
        Assert.DoesNotContain("probe secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.Equal(("probe.throw", "failed", "province"), ((string?)entry["action"], (string?)entry["outcome"], (string?)entry["key"]));
    }

    [Fact]
    public async Task AuditedAction_EachOutcome_IsListedNewestFirstWithKeyNameAndDetail()
    {
        await using var host = new AdminTestHost();
        await host.Client(AdminTestHost.ProvinceKey).PostAsync(new Uri("/api/admin/probe/act?status=200", UriKind.Relative), null);
        await host.Client(AdminTestHost.LegacyKey).PostAsync(new Uri("/api/admin/probe/act?status=422", UriKind.Relative), null);
        await host.Client(AdminTestHost.UnitKey).PostAsync(new Uri("/api/admin/probe/act?status=503", UriKind.Relative), null);
        await host.Client(AdminTestHost.ProvinceKey).GetAsync(new Uri("/api/admin/probe/caller", UriKind.Relative)); // not audited

        var all = (await host.Client(AdminTestHost.ProvinceKey).GetFromJsonAsync<JsonObject>(Audit))!["entries"]!.AsArray();
        var unitOnly = (await host.Client(AdminTestHost.UnitKey).GetFromJsonAsync<JsonObject>(Audit))!["entries"]!.AsArray();

        Assert.Equal(
            [("hue-youth", "failed", 503, "probe detail 503"), ("default", "refused", 422, "probe detail 422"), ("province", "ok", 200, "probe detail 200")],
            all.Select(e => ((string)e!["key"]!, (string)e["outcome"]!, (int)e["status"]!, (string)e["detail"]!)));
        Assert.All(all, e => Assert.Equal("probe.act", (string?)e!["action"]));
        Assert.Equal(["hue-youth"], unitOnly.Select(e => (string?)e!["key"]));
    }

    [Fact]
    public async Task Reload_ByANamedKey_IsAuditedWithTheNewVersion()
    {
        await using var host = new AdminTestHost();
        var client = host.Client(AdminTestHost.ProvinceKey);

        var reload = (await (await client.PostAsync(new Uri("/api/admin/content/reload", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var entry = (await client.GetFromJsonAsync<JsonObject>(Audit))!["entries"]!.AsArray().Single()!;
        var status = (await client.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/content/status", UriKind.Relative)))!;

        Assert.Equal(("content.reload", "province", "ok"), ((string?)entry["action"], (string?)entry["key"], (string?)entry["outcome"]));
        Assert.StartsWith("version " + (string?)reload["version"], (string?)entry["detail"], StringComparison.Ordinal);
        Assert.Equal(((string?)reload["version"], true, "province"),
            ((string?)status["version"], (bool?)status["lastReload"]!["applied"], (string?)status["lastReload"]!["by"]));
    }

    [Theory]
    [InlineData(null, "/api/admin/audit?limit=abc", HttpStatusCode.Unauthorized)]
    [InlineData("wrong-key-0123456789", "/api/admin/content/status", HttpStatusCode.Unauthorized)]
    [InlineData(AdminTestHost.ProvinceKey, "/api/admin/audit?limit=abc", HttpStatusCode.BadRequest)]
    [InlineData(AdminTestHost.ProvinceKey, "/api/admin/audit?before=x", HttpStatusCode.BadRequest)]
    public async Task BadKeyOrQuery_InDevelopment_PlainStatusWithoutAStackTrace(string? key, string path, HttpStatusCode expected)
    {
        await using var host = new AdminTestHost(environment: "Development");

        var response = await host.Client(key).GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_BadLimit_Is400()
    {
        await using var host = new AdminTestHost();

        var response = await host.Client(AdminTestHost.ProvinceKey).GetAsync(new Uri("/api/admin/audit?limit=0", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/admin/audit")]
    [InlineData("/api/admin/content/reload")]
    [InlineData("/admin")]
    public async Task NoKeyConfigured_AdminApiAndPage_Are404(string path)
    {
        await using var host = new AdminTestHost(withKeys: false);

        var response = await host.Client(AdminTestHost.ProvinceKey).PostAsync(new Uri(path, UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A body the client cannot size in advance, so it goes without Content-Length.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
