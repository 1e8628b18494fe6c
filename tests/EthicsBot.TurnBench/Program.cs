// Chat turns, the real bot against a bare echo bot. Usage:
// dotnet run -c Release --project tests/EthicsBot.TurnBench -- [--users 200] [--seconds 20] [--rounds 3] [--think-ms 4000]
//   [--modes message,session,invoke] (a subset, e.g. "session,invoke" for the CPU comparison alone) [--warmup-seconds 10]
// "failed" counts turns answered with an error status plus users whose loop stopped (a card that never came).
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using EthicsBot.TurnBench;

if (args.FirstOrDefault() == "echo-bot")
{
    await EchoBot.RunAsync(args[1]);
    return 0;
}

var users = Argument("--users", 200);
var seconds = Argument("--seconds", 20);
var rounds = Argument("--rounds", 3);
var think = Argument("--think-ms", 0) / 1000.0;
// Profiles showed the JIT still compiling the bot's session path 3-4 s into a 5 s warm-up: CPU per turn is a
// steady-state figure, so each run first warms both bots alike for this long.
var warmup = Argument("--warmup-seconds", 10);
var modes = (Array.IndexOf(args, "--modes") is var m and >= 0 && m + 1 < args.Length ? args[m + 1] : "message,session,invoke").Split(',');
var root = typeof(EchoBot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
var config = Path.GetFileName(Path.GetDirectoryName(typeof(EchoBot).Assembly.Location)!);
var work = Path.Combine(Path.GetTempPath(), "ethicsbot-turnbench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);

await using var connector = await FastConnector.StartAsync();
using var bot = await Target.StartAsync("ethicsbot", "dotnet", [Path.Combine(root, "artifacts", "bin", "EthicsBot.Host", config, "EthicsBot.Host.dll"),
    $"--Content:Path={Path.Combine(root, "content")}", $"--Persistence:ConnectionString=Data Source={Path.Combine(work, "bot.db")}",
    "--Daily:WorkerEnabled=false", "--Logging:LogLevel:Default=Warning"], Path.Combine(work, "ethicsbot.log"));
// The echo bot runs with the bot's own runtime settings (its runtimeconfig.json: workstation GC, no dynamic PGO, no
// thread-pool spinning), so the two differ only in what their turns do.
var botRuntimeConfig = Path.Combine(root, "artifacts", "bin", "EthicsBot.Host", config, "EthicsBot.Host.runtimeconfig.json");
using var echo = await Target.StartAsync("echo", "dotnet", ["exec", "--runtimeconfig", botRuntimeConfig, typeof(EchoBot).Assembly.Location, "echo-bot"], Path.Combine(work, "echo.log"));
Console.WriteLine($"{users} users ({(think > 0 ? $"{think:0.#} s mean think time" : "closed loop")}), {seconds} s per run, {rounds} A/B rounds; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

var results = new List<Result>();
for (var round = 1; round <= rounds; round++)
{
    foreach (var target in round % 2 == 1 ? new[] { bot, echo } : [echo, bot])
    {
        foreach (var mode in (target == echo ? new[] { "message", "session", "invoke" } : ["message", "session"]).Intersect(modes))
        {
            results.Add(await RunAsync(target, mode, round));
        }
    }
}

Console.WriteLine();
Console.WriteLine($"{"round",5} {"bot",-9} {"mode",-8} {"turns/s",8} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} {"cpu ms/turn",11} {"rss MiB",8} {"failed",6}");
foreach (var r in results)
{
    Console.WriteLine($"{r.Round,5} {r.Target,-9} {r.Mode,-8} {r.TurnsPerSecond,8:0.0} {r.P50,7:0.0} {r.P95,7:0.0} {r.P99,7:0.0} {r.CpuPerTurn,11:0.00} {r.RssMiB,8:0} {r.Failed,6}");
}

foreach (var mode in new[] { "message", "session" }.Intersect(modes))
{
    var ratios = Enumerable.Range(1, rounds).Select(round =>
        results.Single(r => r.Round == round && r.Target == "ethicsbot" && r.Mode == mode).TurnsPerSecond
        / results.Single(r => r.Round == round && r.Target == "echo" && r.Mode == mode).TurnsPerSecond).Order().ToList();
    Console.WriteLine($"{mode} turns: EthicsBot / echo throughput, median of {rounds} paired rounds: {ratios[ratios.Count / 2]:0.00}");
}

if (modes.Contains("session") && modes.Contains("invoke"))
{
    var cpuRatios = Enumerable.Range(1, rounds).Select(round =>
        results.Single(r => r.Round == round && r.Target == "ethicsbot" && r.Mode == "session").CpuPerTurn
        / results.Single(r => r.Round == round && r.Target == "echo" && r.Mode == "invoke").CpuPerTurn).Order().ToList();
    Console.WriteLine($"CPU per session turn / echo bot's CPU per invoke turn, median of {rounds} rounds: {cpuRatios[cpuRatios.Count / 2]:0.00}");
}

Directory.Delete(work, recursive: true);
return 0;

async Task<Result> RunAsync(Target target, string mode, int round)
{
    var recorder = new Recorder();
    using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
    var endpoint = new Uri(target.Url, "api/messages");
    var people = Enumerable.Range(0, users).Select(i => new VirtualUser(client, endpoint, connector, $"{target.Name}-{mode}-{i}", recorder, think)).ToList();
    using var stop = new CancellationTokenSource();
    var loops = people.Select(p => Task.Run(() => mode switch
    {
        "message" => p.MessagesAsync(stop.Token),
        "invoke" => p.InvokesAsync(stop.Token),
        _ => target.Name == "echo" ? p.EchoSessionsAsync(stop.Token) : p.SessionsAsync(stop.Token),
    })).ToList();
    await Task.Delay(TimeSpan.FromSeconds(warmup)); // welcome cards, first sessions, JIT
    var cpuBefore = target.CpuTime();
    recorder.Recording = true;
    var watch = Stopwatch.StartNew();
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    recorder.Recording = false;
    var elapsed = watch.Elapsed.TotalSeconds;
    var cpu = target.CpuTime() - cpuBefore;
    stop.Cancel();
    await Task.WhenAny(Task.WhenAll(loops), Task.Delay(TimeSpan.FromSeconds(30)));
    var stopped = loops.Count(l => l.IsFaulted);
    var all = recorder.Sorted().Values.SelectMany(v => v).Order().ToArray();
    return new Result(round, target.Name, mode, recorder.Count / elapsed, Recorder.Percentile(all, 0.5), Recorder.Percentile(all, 0.95),
        Recorder.Percentile(all, 0.99), cpu.TotalMilliseconds / Math.Max(1, recorder.Count), target.PeakRssKib() / 1024.0, recorder.Failures + stopped);
}

int Argument(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

internal sealed record Result(int Round, string Target, string Mode, double TurnsPerSecond, double P50, double P95, double P99, double CpuPerTurn, double RssMiB, int Failed);
