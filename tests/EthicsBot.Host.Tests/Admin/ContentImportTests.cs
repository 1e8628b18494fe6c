namespace EthicsBot.Host.Tests.Admin;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using EthicsBot.Content.Loading;
using EthicsBot.Content.Workbook;
using EthicsBot.Host.Tests.Fakes;

/// <summary>The workbook through the admin API: preview the diff, apply it, roll it back, and every step audited.</summary>
public sealed class ContentImportTests : IAsyncLifetime
{
    private readonly string contentDir = Path.Combine(Path.GetTempPath(), "ethicsbot-import-" + Guid.NewGuid().ToString("N"));
    private AdminTestHost host = null!;

    public Task InitializeAsync()
    {
        var source = Path.Combine(BotHostFactory.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(contentDir, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        host = new AdminTestHost(s => s["Content:Path"] = contentDir);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(contentDir, recursive: true);
    }

    [Fact]
    public async Task Import_PreviewApplyRollback_ChangesTheLiveBankAndRestoresIt()
    {
        var client = host.Client(AdminTestHost.ProvinceKey);
        var original = await File.ReadAllBytesAsync(Path.Combine(contentDir, "questions", "citizen-service.yaml"));
        var (workbook, id) = Workbook(s => s.Cell(2, ColumnOf(BankColumns.Stem("en"))).SetValue("A rewritten stem for the import test."));

        var preview = await PostAsync(client, "/api/admin/content/import", workbook);
        var before = await StatusAsync(client);
        var applied = await PostAsync(client, "/api/admin/content/import?apply=true", workbook);
        var after = await StatusAsync(client);
        var rollback = await PostAsync(client, "/api/admin/content/rollback", null);
        var restored = await StatusAsync(client);
        var again = await PostAsync(client, "/api/admin/content/rollback", null);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal([id], Ids(preview.Body["changed"]));
        Assert.False((bool)preview.Body["applied"]!);
        Assert.Equal(["questions/citizen-service.yaml"], Ids(preview.Body["files"]));
        Assert.Equal((string?)before["version"], (string?)preview.Body["versionBefore"]);
        Assert.Equal(HttpStatusCode.OK, applied.Status);
        Assert.Equal((string?)preview.Body["versionAfter"], (string?)after["version"]);
        Assert.NotEqual((string?)before["version"], (string?)after["version"]);
        Assert.Equal(HttpStatusCode.OK, rollback.Status);
        Assert.Equal((string?)before["version"], (string?)restored["version"]);
        Assert.Equal(original, await File.ReadAllBytesAsync(Path.Combine(contentDir, "questions", "citizen-service.yaml")));
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        var audit = (await client.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/audit", UriKind.Relative)))!["entries"]!.AsArray();
        Assert.Equal(
            [("content.rollback", "refused"), ("content.rollback", "ok"), ("content.apply", "ok"), ("content.import", "ok")],
            audit.Select(e => ((string)e!["action"]!, (string)e["outcome"]!)));
        Assert.All(audit, e => Assert.Equal("province", (string?)e!["key"]));
    }

    [Fact]
    public async Task Import_BadCell_Is422WithTheCellAndChangesNothing()
    {
        var client = host.Client(AdminTestHost.ProvinceKey);
        var (workbook, _) = Workbook(s => s.Cell(5, ColumnOf(BankColumns.Difficulty)).SetValue("hard"));
        var before = await StatusAsync(client);

        var response = await PostAsync(client, "/api/admin/content/import?apply=true&name=ngan-hang.xlsx", workbook);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        Assert.Equal(["ngan-hang.xlsx!Questions!C5: difficulty 'hard' must be 1, 2 or 3"], Ids(response.Body["errors"]));
        Assert.Equal((string?)before["version"], (string?)(await StatusAsync(client))["version"]);
    }

    [Fact]
    public async Task Rollback_FileEditedAfterTheImport_Is409AndLeavesTheEdit()
    {
        var client = host.Client(AdminTestHost.ProvinceKey);
        var (workbook, _) = Workbook(s => s.Cell(2, ColumnOf(BankColumns.Stem("en"))).SetValue("Another rewritten stem."));
        await PostAsync(client, "/api/admin/content/import?apply=true", workbook);
        var path = Path.Combine(contentDir, "questions", "citizen-service.yaml");
        var edited = await File.ReadAllTextAsync(path) + "# edited by hand\n";
        await File.WriteAllTextAsync(path, edited);

        var rollback = await PostAsync(client, "/api/admin/content/rollback", null);

        Assert.Equal(HttpStatusCode.Conflict, rollback.Status);
        Assert.Equal(edited, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Import_EmptyBody_Is400()
    {
        var response = await PostAsync(host.Client(AdminTestHost.ProvinceKey), "/api/admin/content/import", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    private (byte[] Workbook, string FirstId) Workbook(Action<IXLWorksheet> edit)
    {
        using var exported = new MemoryStream();
        BankWorkbookWriter.Write(ContentLoader.Load(contentDir).Catalog!, exported);
        using var book = new XLWorkbook(new MemoryStream(exported.ToArray()));
        var sheet = book.Worksheet("Questions");
        edit(sheet);
        using var output = new MemoryStream();
        book.SaveAs(output);
        return (output.ToArray(), sheet.Cell(2, 1).GetString());
    }

    private static int ColumnOf(string header) => BankColumns.All.ToList().FindIndex(c => c.Header == header) + 1;

    private static List<string?> Ids(JsonNode? array) => [.. array!.AsArray().Select(n => (string?)n)];

    private static async Task<JsonObject> StatusAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/content/status", UriKind.Relative)))!;

    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(HttpClient client, string path, byte[]? body)
    {
        using var content = body is null ? null : new ByteArrayContent(body);
        var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }
}
