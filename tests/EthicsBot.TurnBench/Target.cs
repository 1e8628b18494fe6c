namespace EthicsBot.TurnBench;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

/// <summary>A bot under test as its own process on a free loopback port; CPU time and peak memory read from /proc.</summary>
internal sealed class Target : IDisposable
{
    private readonly Process process;

    private Target(string name, Uri url, Process process)
    {
        Name = name;
        Url = url;
        this.process = process;
    }

    public string Name { get; }

    public Uri Url { get; }

    public string Log { get; private init; } = string.Empty;

    /// <param name="log">Where the process's output goes: a bot that dies mid-run leaves its reason there.</param>
    public static async Task<Target> StartAsync(string name, string file, IEnumerable<string> arguments, string log)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(name == "echo" ? url.ToString().TrimEnd('/') : "--urls");
        if (name != "echo")
        {
            start.ArgumentList.Add(url.ToString().TrimEnd('/'));
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {name}");
        var output = TextWriter.Synchronized(new StreamWriter(log) { AutoFlush = true });
        process.OutputDataReceived += (_, line) => output.WriteLine(line.Data);
        process.ErrorDataReceived += (_, line) => output.WriteLine(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await client.GetAsync(new Uri(url, "healthz"))).IsSuccessStatusCode)
                {
                    return new Target(name, url, process) { Log = log };
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"{name} did not become healthy");
    }

    public TimeSpan CpuTime()
    {
        if (process.HasExited)
        {
            throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} during the run; its output is in {Log}");
        }

        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    public long PeakRssKib()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
