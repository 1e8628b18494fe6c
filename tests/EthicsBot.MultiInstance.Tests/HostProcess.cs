namespace EthicsBot.MultiInstance.Tests;

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

/// <summary>One bot instance as a child process of the built host, its output in a log file.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri url, string logPath)
    {
        this.process = process;
        Url = url;
        LogPath = logPath;
    }

    public Uri Url { get; }
    public string LogPath { get; }
    public int Id => process.Id;
    public bool HasExited => process.HasExited;

    public static string HostDll()
    {
        // UseArtifactsOutput: artifacts/bin/<project>/<configuration>/; the host sits beside this project's output.
        var mine = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(mine.Parent!.Parent!.FullName, "EthicsBot.Host", mine.Name, "EthicsBot.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The host is built with this project; build it first.", path);
    }

    /// <summary>Starts the host; <see cref="WaitHealthyAsync"/> waits until it serves.</summary>
    public static HostProcess Start(IEnumerable<string> settings, string workDir, string name)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}/");
        var logPath = Path.Combine(workDir, name + ".log");
        var hostDll = HostDll();
        // The shell only redirects and then becomes the bot (exec), so the pid is the bot's.
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workDir, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >> \"$HOST_LOG\" 2>&1");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString().TrimEnd('/'));
        start.ArgumentList.Add($"--contentRoot={Path.GetDirectoryName(hostDll)}");
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["HOST_LOG"] = logPath;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the host.");
        return new HostProcess(process, url, logPath);
    }

    public async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {process.ExitCode} while starting:\n{Log()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Url, "healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The host did not become healthy within 90 s:\n{Log()}");
    }

    /// <summary>Waits for the process to end by itself (a start-up failure); returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    public string Log() => File.Exists(LogPath) ? File.ReadAllText(LogPath) : string.Empty;

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
