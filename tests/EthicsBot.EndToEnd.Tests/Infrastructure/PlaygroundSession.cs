namespace EthicsBot.EndToEnd.Tests.Infrastructure;

using Microsoft.Playwright;

/// <summary>
/// One isolated world per test: the bot on a free port over a fresh SQLite file, the Agents Playground
/// pointed at it on another free port, and a headless Chromium page on the Playground's chat.
/// </summary>
internal sealed class PlaygroundSession : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "ethicsbot-e2e-" + Guid.NewGuid().ToString("N"));
    private string contentDir = string.Empty;
    private ChildProcess? bot;
    private ChildProcess? playground;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public IPage Page { get; private set; } = null!;

    public Uri BotUrl { get; private set; } = null!;

    public const string AdminKey = "e2e-admin-key";

    /// <summary>The bot's SQLite file, for a test that seeds data through the bot's own stores.</summary>
    public string DatabasePath => Path.Combine(dataDir, "bot.db");

    public static async Task<PlaygroundSession> StartAsync(string? contentDir = null)
    {
        var session = new PlaygroundSession { contentDir = contentDir ?? Path.Combine(Paths.RepositoryRoot, "content") };
        try
        {
            await session.StartProcessesAsync();
            await session.OpenBrowserAsync();
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    private async Task StartProcessesAsync()
    {
        Directory.CreateDirectory(dataDir);
        var botPort = FreePort.Next();
        BotUrl = new Uri($"http://127.0.0.1:{botPort}");
        bot = ChildProcess.Start("dotnet",
            [Paths.HostDll, "--urls", BotUrl.ToString().TrimEnd('/'),
             $"--Persistence:ConnectionString=Data Source={DatabasePath}",
             $"--Content:Path={contentDir}",
             $"--Admin:ApiKey={AdminKey}"],
            dataDir,
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_NOLOGO"] = "1" });
        await bot.WaitForOutputAsync("Now listening on", StartTimeout);

        var playgroundPort = FreePort.Next();
        playground = ChildProcess.Start("node",
            [Paths.PlaygroundCli, "-e", $"{BotUrl}api/messages", "-c", "msteams", "-p", playgroundPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt"],
            Paths.PlaygroundDir,
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
        await playground.WaitForOutputAsync($"Listening on {playgroundPort}", StartTimeout);
        PlaygroundUrl = new Uri($"http://localhost:{playgroundPort}");
    }

    public Uri PlaygroundUrl { get; private set; } = null!;

    private async Task OpenBrowserAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Prerequisites.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        Page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
        Page.SetDefaultTimeout(30_000);
        await Page.GotoAsync(PlaygroundUrl.ToString());
    }

    /// <summary>
    /// Types into the compose box and presses Enter, then waits until the message shows in the chat; the
    /// Playground drops keystrokes while it is still connecting, so a lost message is typed once more.
    /// </summary>
    public async Task SendAsync(string text)
    {
        var box = Page.Locator("[data-lexical-editor=\"true\"]");
        var echoes = Page.GetByText(text, new() { Exact = true });
        var before = await echoes.CountAsync();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await box.ClickAsync();
            await Page.Keyboard.TypeAsync(text);
            await Page.Keyboard.PressAsync("Enter");
            for (var waited = 0; waited < 50; waited++)
            {
                if (await echoes.CountAsync() > before)
                {
                    return;
                }

                await Task.Delay(100);
            }

            await box.FillAsync(string.Empty);
        }

        throw new InvalidOperationException($"The Playground did not show the message '{text}' after three tries.");
    }

    /// <summary>Saves a screenshot, the page, the Playground's and the bot's logs for a failed test.</summary>
    public Task SaveArtifactsAsync(string testName) =>
        PageArtifacts.SaveAsync(Page, testName, ("playground.log", playground?.Output), ("bot.log", bot?.Output));

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (playground is not null)
        {
            await playground.DisposeAsync();
        }

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
