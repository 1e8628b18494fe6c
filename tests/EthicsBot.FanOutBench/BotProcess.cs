namespace EthicsBot.FanOutBench;

using System.Diagnostics;
using System.Globalization;

/// <summary>The real bot as a child process: started with command-line configuration, its output appended to a log file.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process process;
    private int disposed;

    private BotProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public static async Task<BotProcess> StartAsync(string hostDll, Uri url, IEnumerable<string> configuration, string workDir, string logPath)
    {
        // The shell only redirects and then becomes the bot (exec), so the pid is the bot's. Its log goes straight to a
        // file: read through a pipe by this process, a busy console log would slow the bot down to the reader's pace.
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workDir, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$@\" >> \"$BENCH_BOT_LOG\" 2>&1");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(hostDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url.ToString().TrimEnd('/'));
        foreach (var argument in configuration)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["BENCH_BOT_LOG"] = logPath;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        var bot = new BotProcess(process);
        await bot.WaitHealthyAsync(url);
        return bot;
    }

    /// <summary>VmHWM: the peak resident set size of the process so far, in KiB.</summary>
    public long PeakRssKib()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>CPU time the process used so far (user + system), from /proc/&lt;pid&gt;/stat.</summary>
    public TimeSpan CpuTime()
    {
        // Fields after the parenthesised command name; utime and stime are the 14th and 15th fields, in clock ticks.
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an OOM kill.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private async Task WaitHealthyAsync(Uri url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {process.ExitCode} while starting; see its log.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(url, "healthz"));
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

        throw new TimeoutException("The bot did not become healthy within 120 s; see its log.");
    }
}
