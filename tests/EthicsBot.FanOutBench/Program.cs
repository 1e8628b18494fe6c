using System.Diagnostics;
using System.Globalization;
using EthicsBot.FanOutBench;

// Fan-out benchmark of the daily push against the real bot process; see README "Daily delivery: benchmark".
var options = BenchOptions.Parse(args);
var repository = BenchPaths.RepositoryRoot();
var hostDll = options.HostDll ?? BenchPaths.HostDll();
var workDir = Directory.CreateTempSubdirectory("ethicsbot-bench-").FullName;
var database = Path.Combine(workDir, "bench.db");
var apiKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
var botUrl = new Uri($"http://127.0.0.1:{BenchPaths.FreePort()}/");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"users {options.Users}, tenant rate {options.Rate}/s, seed {options.Seed}, kill halfway: {options.KillHalfway}"));
Console.WriteLine($"bot: {hostDll}");
Console.WriteLine($"work dir: {workDir}");

await using var teams = await FakeTeams.StartAsync(options.Rate, new FaultPlan(options.Seed));
var seeding = Stopwatch.StartNew();
await Seeder.SeedAsync($"Data Source={database}", options.Users, teams.ServiceUrl);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {options.Users} users in {seeding.Elapsed.TotalSeconds:F1} s"));

string[] configuration =
[
    $"--Persistence:ConnectionString=Data Source={database}",
    $"--Content:Path={Path.Combine(repository, "content")}",
    $"--Admin:ApiKey={apiKey}",
    $"--Daily:TenantRequestsPerSecond={options.Rate}",
    .. options.BotArgs,
];
var logPath = Path.Combine(workDir, "bot.log");

var bot = await BotProcess.StartAsync(hostDll, botUrl, configuration, workDir, logPath);
using var admin = new AdminClient(botUrl, apiKey);
var run = new BenchRun(teams, admin, options.Users);
try
{
    var cpuBefore = bot.CpuTime();
    var started = Stopwatch.GetTimestamp();
    var queued = await admin.RunAllAsync();
    Console.WriteLine($"admin run: {queued.ToJsonString()}");
    long peakRss;
    KillSnapshot? kill = null;
    if (options.KillHalfway)
    {
        await run.WaitForAcceptedAsync(options.Users / 2, bot);
        kill = await KillSnapshot.TakeAsync(bot, teams, database);
        bot.Dispose();
        Console.WriteLine(kill.Describe());
        bot = await BotProcess.StartAsync(hostDll, botUrl, configuration, workDir, logPath);
        peakRss = Math.Max(kill.PeakRssKib, await run.WaitForCompletionAsync(bot));
    }
    else
    {
        peakRss = await run.WaitForCompletionAsync(bot);
    }

    var status = await admin.StatusAsync();
    var cpu = kill is null ? bot.CpuTime() - cpuBefore : (TimeSpan?)null;
    BenchReport.Print(options, run, status, Stopwatch.GetElapsedTime(started, teams.LastAnswer), peakRss, cpu, kill);
}
finally
{
    bot.Dispose();
    if (!options.Keep)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(workDir, recursive: true);
    }
}
