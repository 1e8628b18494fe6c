namespace EthicsBot.Host.Tests.Reports;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EthicsBot.Domain;
using EthicsBot.Persistence.Units;
using EthicsBot.Persistence.Users;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

/// <summary>POST /api/admin/units/roster: every wrong row reported by number, nothing applied unless all rows are right.</summary>
public sealed class RosterImportTests(ReportsHost host) : IClassFixture<ReportsHost>
{
    private static readonly string Known = "0f8fad5b-d9cb-469f-a165-70867728950e";

    [Fact]
    public async Task Import_WrongRows_Is422WithEveryRowAndAppliesNothing()
    {
        const string Other = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
        await User("29:roster-wrong", Other);
        var csv = $"""
            aadObjectId,unitId
            {Other},xa-b
            not-a-guid,xa-a
            3f2504e0-4f89-11d3-9a0c-0305e82c3301,xa-an-phu
            {Other},xa-a

            3f2504e0-4f89-11d3-9a0c-0305e82c3302,
            """;

        var response = await Post(Encoding.UTF8.GetBytes(csv), "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => (string)e!).ToList();
        Assert.Equal(
        [
            "row 3: 'not-a-guid' is not an Entra object id (a GUID such as 6f1c…-…)",
            "row 4: unknown unit 'xa-an-phu' (did you mean 'xa-a', Xã An Phú?)",
            $"row 5: '{Other}' is already on row 2",
            "row 7: the unit id is empty",
        ], errors);
        Assert.Null(await Units.GetAsync("29:roster-wrong", new DateOnly(2099, 1, 1)));
    }

    [Fact]
    public async Task Import_BadHeader_SaysWhichHeadersAreAccepted()
    {
        var response = await Post(Encoding.UTF8.GetBytes("email,unit\na@b.vn,xa-a\n"), "text/csv");

        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray();
        Assert.Equal("row 1: the header must be 'aadObjectId,unitId' or 'userPrincipalName,unitId', not 'email,unit'", (string?)errors.Single());
    }

    [Fact]
    public async Task Import_ValidCsv_MovesTheKnownUserAndKeepsTheRestForLater()
    {
        await User("29:roster-known", Known);
        var csv = $"\uFEFFaadObjectId,unitId\r\n{Known.ToUpperInvariant()},xa-a-vp\r\n\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\",xa-b\r\n";

        var response = await Post(Encoding.UTF8.GetBytes(csv), "text/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, (int)body["entries"]!);
        Assert.Equal(1, (int)body["applied"]!);
        Assert.Equal("xa-a-vp", (await Units.GetAsync("29:roster-known", new DateOnly(2099, 1, 1)))!.UnitId);
        Assert.Equal("xa-b", await Units.FindInRosterAsync("3f2504e0-4f89-11d3-9a0c-0305e82c3301", null));
    }

    [Fact]
    public async Task Import_XlsxByPrincipalName_IsStored()
    {
        using var workbook = new MemoryStream();
        workbook.SaveAs(new[] { new Dictionary<string, object> { ["userPrincipalName"] = "lan.nguyen@angiang.gov.vn", ["unitId"] = "xa-c" } }, excelType: ExcelType.XLSX);

        var response = await Post(workbook.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("xa-c", await Units.FindInRosterAsync(null, "Lan.Nguyen@angiang.gov.vn"));
    }

    [Fact]
    public async Task SearchUnits_WithoutDiacritics_FindsTheCommune()
    {
        var units = await host.Admin().GetFromJsonAsync<JsonArray>(new Uri("/api/admin/units?q=binh%20hoa", UriKind.Relative));

        Assert.Equal("xa-b", (string?)units![0]!["id"]);
        Assert.Equal("An Giang › Xã Bình Hòa", (string?)units[0]!["path"]);
    }

    private IUnitStore Units => host.Factory.Services.GetRequiredService<IUnitStore>();

    private Task User(string userId, string aad) => host.Factory.Services.GetRequiredService<IUserStore>().UpsertAsync(new UserProfile
    {
        UserId = userId, AadObjectId = aad, Locale = Locale.Vi, CreatedAt = DateTimeOffset.UnixEpoch,
    });

    private Task<HttpResponseMessage> Post(byte[] body, string type)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        return host.Admin().PostAsync(new Uri("/api/admin/units/roster", UriKind.Relative), content);
    }
}
