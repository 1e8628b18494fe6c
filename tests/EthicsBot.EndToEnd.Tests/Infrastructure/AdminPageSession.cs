namespace EthicsBot.EndToEnd.Tests.Infrastructure;

using Microsoft.Playwright;

/// <summary>The bot on a free port over a fresh SQLite file and its own copy of a content folder, and a headless Chromium page.</summary>
internal sealed class AdminPageSession : IAsyncDisposable
{
    public const string AdminKey = "e2e-admin-page-key-0123456789";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "ethicsbot-e2e-admin-" + Guid.NewGuid().ToString("N"));
    private ChildProcess? bot;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public IPage Page { get; private set; } = null!;

    public Uri BotUrl { get; private set; } = null!;

    /// <summary>The content folder the bot serves: a copy of the shipped bank that a test may change.</summary>
    public string ContentDir => Path.Combine(dataDir, "content");

    /// <summary>Why the admin page tests cannot run here, or null: they need Chromium and the built host, not Node.</summary>
    public static string? MissingReason() =>
        !File.Exists(Prerequisites.ChromiumPath) ? $"Chromium not found at {Prerequisites.ChromiumPath}: install Debian's chromium."
        : !File.Exists(Paths.HostDll) ? $"The bot is not built at {Paths.HostDll}."
        : null;

    public static async Task<AdminPageSession> StartAsync()
    {
        var session = new AdminPageSession();
        try
        {
            await session.StartBotAsync();
            await session.OpenBrowserAsync();
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private async Task StartBotAsync()
    {
        var source = Path.Combine(Paths.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(ContentDir, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        BotUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        bot = ChildProcess.Start("dotnet",
            [Paths.HostDll, "--urls", BotUrl.ToString().TrimEnd('/'),
             $"--Persistence:ConnectionString=Data Source={Path.Combine(dataDir, "bot.db")}",
             $"--Content:Path={ContentDir}",
             $"--Admin:Keys:province:Key={AdminKey}",
             "--Daily:WorkerEnabled=false"],
            dataDir,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_NOLOGO"] = "1" });
        await bot.WaitForOutputAsync("Now listening on", StartTimeout);
    }

    private async Task OpenBrowserAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Prerequisites.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        // A laptop screen.
        Page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        Page.SetDefaultTimeout(30_000);
        await Page.GotoAsync(new Uri(BotUrl, "/admin").ToString());
    }

    /// <summary>Saves a screenshot, the page and the bot's log for a failed test.</summary>
    public Task SaveArtifactsAsync(string testName) => PageArtifacts.SaveAsync(Page, testName, ("bot.log", bot?.Output));

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (bot is not null)
        {
            await bot.DisposeAsync();
        }

        try
        {
            Directory.Delete(dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; nothing depends on it.
        }
    }
}
