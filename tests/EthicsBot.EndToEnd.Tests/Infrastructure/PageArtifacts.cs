namespace EthicsBot.EndToEnd.Tests.Infrastructure;

using Microsoft.Playwright;

/// <summary>What a failed browser test leaves in artifacts/e2e/&lt;test&gt;/: a screenshot, the page and the processes' logs.</summary>
internal static class PageArtifacts
{
    public static async Task SaveAsync(IPage page, string testName, params (string FileName, string? Text)[] logs)
    {
        var dir = Paths.ArtifactsFor(testName);
        try
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "screenshot.png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(dir, "page.html"), await page.ContentAsync());
        }
        catch (PlaywrightException)
        {
            // The browser may be what failed; the process logs are still worth keeping.
        }

        foreach (var (fileName, text) in logs)
        {
            await File.WriteAllTextAsync(Path.Combine(dir, fileName), text ?? string.Empty);
        }
    }
}
