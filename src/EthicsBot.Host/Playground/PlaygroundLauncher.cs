namespace EthicsBot.Host.Playground;

using System.Diagnostics;

/// <summary>
/// "play" mode: once the bot listens, starts the Microsoft 365 Agents Playground (installed from the
/// committed lock file when missing) pointed at it, prints where to open it, and stops it with the bot.
/// </summary>
internal sealed class PlaygroundLauncher(IHostApplicationLifetime lifetime, IConfiguration configuration,
    ILogger<PlaygroundLauncher> logger) : BackgroundService
{
    public const string Verb = "play";
    private const string RelativeDir = "tests/EthicsBot.EndToEnd.Tests/playground";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await WaitForStartAsync(stoppingToken))
        {
            return;
        }

        var dir = Path.GetFullPath(RelativeDir);
        var cli = Path.Combine(dir, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
        if (!File.Exists(cli) && await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], dir, stoppingToken) != 0)
        {
            logger.LogError("Could not install the Agents Playground with `npm ci` in {Dir}; is Node.js 20 with npm installed?", dir);
            return;
        }

        var botUrl = (configuration["urls"] ?? "http://localhost:3978").Split(';')[0].TrimEnd('/');
        var port = configuration["Playground:Port"] ?? "56150";
        Console.WriteLine($"\n  Agents Playground: open http://localhost:{port} and type \"bắt đầu\" or \"quiz\". Ctrl+C stops both.\n");
        var code = await RunAsync("node", [cli, "-e", $"{botUrl}/api/messages", "-c", "msteams", "-p", port, "--dt"], dir, stoppingToken,
            new Dictionary<string, string> { ["TEAMSAPPTESTER_BROWSER"] = "none" });
        if (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("The Agents Playground exited with code {Code}; the bot keeps running.", code);
        }
    }

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await Task.WhenAny(started.Task, Task.Delay(Timeout.Infinite, stoppingToken)).ConfigureAwait(false);
        return started.Task.IsCompleted;
    }

    private static async Task<int> RunAsync(string file, string[] arguments, string dir, CancellationToken stoppingToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = dir, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        try
        {
            await process.WaitForExitAsync(stoppingToken);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return -1;
        }
    }
}
