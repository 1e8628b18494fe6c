namespace EthicsBot.Host.Tests.Admin;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EthicsBot.Host.Tests.Fakes;

/// <summary>Content reloads without a restart: a good folder swaps in, a bad one is refused with located errors.</summary>
public sealed class ContentReloadTests : IAsyncLifetime
{
    private const string Key = "reload-key-0123456789";
    private readonly string contentDir = Path.Combine(Path.GetTempPath(), "ethicsbot-reload-" + Guid.NewGuid().ToString("N"));
    private readonly BotHostFactory factory = new();

    public Task InitializeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BotHostFactory.RepositoryRoot, "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(contentDir, Path.GetRelativePath(Path.Combine(BotHostFactory.RepositoryRoot, "content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        factory.Settings["Content:Path"] = contentDir;
        factory.Settings["Admin:ApiKey"] = Key;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        Directory.Delete(contentDir, recursive: true);
    }

    [Fact]
    public async Task Reload_ValidEdit_SwapsInTheNewVersion()
    {
        var client = Admin();
        var before = await Version(client);
        var topics = Path.Combine(contentDir, "topics.yaml");
        await File.WriteAllTextAsync(topics, (await File.ReadAllTextAsync(topics)).Replace("Ứng xử trên mạng xã hội", "Ứng xử trên mạng xã hội và diễn đàn", StringComparison.Ordinal));

        var response = await client.PostAsync(new Uri("/api/admin/content/reload", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotEqual(before, (string?)body["version"]);
        Assert.Equal((string?)body["version"], await Version(client));
        Assert.True((int?)body["questions"] >= 420);
    }

    [Fact]
    public async Task Reload_BrokenFile_Is422WithLocatedErrorsAndKeepsTheRunningVersion()
    {
        var client = Admin();
        var before = await Version(client);
        await File.WriteAllTextAsync(Path.Combine(contentDir, "questions", "zz-broken.yaml"), "topic: social-media\nquestions:\n  - id: zz-001\n    difficulty: 7\n");

        var response = await client.PostAsync(new Uri("/api/admin/content/reload", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray().Select(e => (string?)e).ToList();
        Assert.Contains(errors, e => e!.Contains("zz-broken.yaml:4:17: difficulty '7' must be 1, 2 or 3", StringComparison.Ordinal));
        Assert.Equal(before, await Version(client));
    }

    [Fact]
    public async Task Reload_WithoutTheKey_Is401()
    {
        var response = await factory.CreateClient().PostAsync(new Uri("/api/admin/content/reload", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private HttpClient Admin()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    private static async Task<string?> Version(HttpClient client) =>
        (string?)(await client.GetFromJsonAsync<JsonObject>(new Uri("/healthz", UriKind.Relative)))!["contentVersion"];
}
