namespace EthicsBot.Host.Tests.Admin;

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Daily;

/// <summary>Content:WatchForChanges: an edit on disk is reloaded by itself once the folder is quiet; a bad one is refused.</summary>
public sealed class ContentWatcherTests : IAsyncLifetime
{
    private readonly ContentCopy content = new();
    private AdminTestHost host = null!;

    public Task InitializeAsync()
    {
        host = new AdminTestHost(s =>
        {
            s["Content:Path"] = content.Directory;
            s["Content:WatchForChanges"] = "true";
            s["Content:WatchDebounce"] = "00:00:00.300";
        });
        _ = host.App.Services; // starts the host and its watcher
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        content.Dispose();
    }

    [Fact]
    public async Task Watcher_ValidEdit_ReloadsAndAuditsAsFileWatcher()
    {
        var client = host.Client(AdminTestHost.ProvinceKey);
        var before = (string?)(await Status(client))["version"];

        await content.RenameTopicAsync(" (sửa)");

        await Eventually.HoldsAsync(async () => (string?)(await Status(client))["version"] != before);
        // The catalog is swapped before the audit row is written: wait for the row rather than race it.
        await Eventually.HoldsAsync(async () => (await Audit(client)).Count > 0);
        var entry = (await Audit(client)).Single()!;
        Assert.Equal(("file-watcher", "content.reload", "ok"), ((string?)entry["key"], (string?)entry["action"], (string?)entry["outcome"]));
        Assert.Equal("file-watcher", (string?)(await Status(client))["lastReload"]!["by"]);
    }

    [Fact]
    public async Task Watcher_BrokenEdit_KeepsTheRunningVersionAndRecordsTheErrors()
    {
        var client = host.Client(AdminTestHost.ProvinceKey);
        var before = (string?)(await Status(client))["version"];

        await File.WriteAllTextAsync(Path.Combine(content.Directory, "questions", "zz-broken.yaml"), "topic: social-media\nquestions:\n  - id: zz-001\n    difficulty: 7\n");

        await Eventually.HoldsAsync(async () => (await Status(client))["lastReload"] is not null);
        var status = await Status(client);
        Assert.Equal(before, (string?)status["version"]);
        Assert.False((bool)status["lastReload"]!["applied"]!);
        Assert.Contains(status["lastReload"]!["errors"]!.AsArray(), e => ((string?)e)!.Contains("zz-broken.yaml:4:17", StringComparison.Ordinal));
    }

    private static async Task<JsonArray> Audit(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/audit", UriKind.Relative)))!["entries"]!.AsArray();

    private static async Task<JsonObject> Status(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonObject>(new Uri("/api/admin/content/status", UriKind.Relative)))!;
}
