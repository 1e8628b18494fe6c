// Content at scale. Usage: dotnet run -c Release --project tests/EthicsBot.ContentBench -- [--questions 5000] [--runs 5] [--published]
// --published also starts the host as deployed (dotnet publish, ReadyToRun) next to the build output.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using EthicsBot.ContentBench;
using EthicsBot.Content.Loading;

const string BenchKey = "content-bench-key-0123456789";
var questions = Argument("--questions", 5000);
var runs = Argument("--runs", 5);
var root = typeof(BankGenerator).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
var shipped = Path.Combine(root, "content");
var work = Path.Combine(Path.GetTempPath(), "ethicsbot-contentbench-" + Guid.NewGuid().ToString("N")[..8]);
var generated = Path.Combine(work, "content");
var catalog = ContentLoader.Load(shipped).Catalog ?? throw new InvalidOperationException("The shipped content does not validate.");
BankGenerator.Write(shipped, catalog, questions, generated, seed: 42);

var check = ContentLoader.Load(generated);
Console.WriteLine($"Generated {check.Catalog?.AllQuestions.Count ?? 0} questions in {generated}: {check.Errors.Count} errors, {check.Warnings.Count} warnings");
foreach (var error in check.Errors.Take(5))
{
    Console.WriteLine("  " + error);
}

if (check.Catalog is null)
{
    return 1;
}

var config = Path.GetFileName(Path.GetDirectoryName(typeof(BankGenerator).Assembly.Location)!);
var hosts = new List<(string Name, string Dll)> { ("build", Path.Combine(root, "artifacts", "bin", "EthicsBot.Host", config, "EthicsBot.Host.dll")) };
if (args.Contains("--published"))
{
    hosts.Add(("published", await EthicsBot.FanOutBench.BenchPaths.PublishHostAsync(root)));
}

Console.WriteLine($"Load avg {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}; {runs} runs each, alternating");
var banks = new[] { ("shipped (" + catalog.AllQuestions.Count + ")", shipped), ("generated (" + questions + ")", generated) };
var validate = banks.Select(_ => new List<double>()).ToArray();
var starts = banks.SelectMany(b => hosts.Select(h => (Bank: b.Item1, Host: h.Name, Healthy: new List<double>(), Reload: new List<double>()))).ToArray();
for (var run = 0; run < runs; run++)
{
    for (var index = 0; index < banks.Length; index++)
    {
        var watch = Stopwatch.StartNew();
        _ = ContentLoader.Load(banks[index].Item2);
        validate[index].Add(watch.Elapsed.TotalSeconds);
        for (var h = 0; h < hosts.Count; h++)
        {
            var (healthy, reload) = await HealthyAndReloadAsync(hosts[h].Dll, banks[index].Item2, Path.Combine(work, $"db-{run}-{index}-{h}"));
            starts[(index * hosts.Count) + h].Healthy.Add(healthy);
            starts[(index * hosts.Count) + h].Reload.Add(reload);
        }
    }
}

Console.WriteLine($"{"bank",-20} {"validate s (median)",20}");
for (var index = 0; index < banks.Length; index++)
{
    Console.WriteLine($"{banks[index].Item1,-20} {Median(validate[index]),20:0.000}");
}

Console.WriteLine($"{"bank",-20} {"host",-10} {"healthy s (median)",20} {"reload s (median)",20}");
foreach (var (bank, host, healthy, reload) in starts)
{
    Console.WriteLine($"{bank,-20} {host,-10} {Median(healthy),20:0.000} {Median(reload),20:0.000}");
}

Directory.Delete(work, recursive: true);
return 0;
// Time from starting the bot process until /healthz answers 200, then the time of one content reload through the admin API.
static async Task<(double Healthy, double Reload)> HealthyAndReloadAsync(string hostDll, string content, string dataDir)
{
    var port = FreePort();
    var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in new[] { hostDll, "--urls", $"http://127.0.0.1:{port}", $"--Content:Path={content}",
        $"--Persistence:ConnectionString=Data Source={Path.Combine(dataDir, "bot.db")}", "--Daily:WorkerEnabled=false", "--Logging:LogLevel:Default=Warning",
        $"--Admin:ApiKey={BenchKey}" })
    {
        start.ArgumentList.Add(argument);
    }

    // Long enough for a reload of a large bank; the health polls below answer at once or fail to connect.
    using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
    var watch = Stopwatch.StartNew();
    using var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, _) => { };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    try
    {
        while (watch.Elapsed < TimeSpan.FromSeconds(120))
        {
            try
            {
                if ((await client.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"))).StatusCode == HttpStatusCode.OK)
                {
                    var healthy = watch.Elapsed.TotalSeconds;
                    using var reload = new HttpRequestMessage(HttpMethod.Post, new Uri($"http://127.0.0.1:{port}/api/admin/content/reload"));
                    reload.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", BenchKey);
                    var reloadWatch = Stopwatch.StartNew();
                    var response = await client.SendAsync(reload);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        throw new InvalidOperationException($"reload answered {(int)response.StatusCode}");
                    }

                    return (healthy, reloadWatch.Elapsed.TotalSeconds);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("the bot never became healthy");
    }
    finally
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

int Argument(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
