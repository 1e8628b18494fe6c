using System.Diagnostics;
using System.Globalization;
using EthicsBot.FanOutBench;

// Fan-out benchmark of the daily push against the real bot process; see README "Daily delivery: benchmark".
var options = BenchOptions.Parse(args);
var repository = BenchPaths.RepositoryRoot();
var hostDll = options.HostDll is { } given ? Path.GetFullPath(given) : (options.Publish ? await BenchPaths.PublishHostAsync(repository) : BenchPaths.HostDll());
var workDir = Directory.CreateTempSubdirectory("ethicsbot-bench-").FullName;
var database = Path.Combine(workDir, "bench.db");
var apiKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
var botUrl = new Uri($"http://127.0.0.1:{BenchPaths.FreePort()}/");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"users {options.Users}, tenant rate {options.Rate}/s, seed {options.Seed}, warm-up users {options.Warmup}, kill halfway: {options.KillHalfway}, 503s use quota: {options.TransientUsesQuota}"));
Console.WriteLine($"bot: {hostDll}");
Console.WriteLine($"work dir: {workDir}");

await using var teams = await FakeTeams.StartAsync(options.Rate, new FaultPlan(options.Seed), options.TransientUsesQuota);
await teams.WarmUpAsync();
// Warm-up users are numbered after the measured ones and get their card in an unmeasured first push; the measured
// users are seeded only after it, so it cannot reach them.
await SeedAsync(options.Warmup > 0 ? options.Users : 0, options.Warmup > 0 ? options.Warmup : options.Users);

string[] configuration =
[
    // The shipped appsettings.json (logging levels included) sits next to the host; the working directory is the bench's.
    $"--contentRoot={Path.GetDirectoryName(hostDll)}",
    $"--Persistence:ConnectionString=Data Source={database}",
    $"--Content:Path={Path.Combine(repository, "content")}",
    $"--Admin:ApiKey={apiKey}",
    $"--Daily:TenantRequestsPerSecond={options.Rate}",
    // The seeded users keep the default schedule, which the worker's own passes would act on during Vietnamese office
    // hours and start the push before the measured admin run. A one-minute window at 06:00 keeps them out of it.
    "--Daily:DefaultTime=06:00",
    "--Daily:OfficeHoursEnd=06:01",
    // After a SIGKILL the rows the dead process had claimed wait for their lease; a short lease and poll keep that wait
    // to seconds. Both are ordinary settings, and a normal run does not depend on them.
    .. options.KillHalfway ? (string[])["--Daily:Lease=00:00:20", "--Daily:ClaimPollInterval=00:00:01"] : [],
    .. options.BotArgs,
];
var logPath = Path.Combine(workDir, "bot.log");

var bot = await BotProcess.StartAsync(hostDll, botUrl, configuration, workDir, logPath);
using var admin = new AdminClient(botUrl, apiKey);
var run = new BenchRun(teams, admin, options.Users, options.Users + options.Warmup);
try
{
    if (options.Warmup > 0)
    {
        Console.WriteLine($"warm-up push: {(await admin.RunAllAsync()).ToJsonString()}");
        await new BenchRun(teams, admin, options.Warmup, options.Warmup).WaitForCompletionAsync(bot);
        teams.Reset();
        await SeedAsync(0, options.Users);
    }

    // The bench's own first calls (its connection, its JIT) are not the bot's time. The run without all=true is the
    // pass the bot's worker makes every minute anyway; outside the 06:00 window it queues nothing.
    await admin.StatusAsync();
    Console.WriteLine($"due-now run (not measured): {(await admin.RunDueAsync()).ToJsonString()}");
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
    BenchReport.Print(options, run, status, Stopwatch.GetElapsedTime(started, teams.LastAnswer),
        Stopwatch.GetElapsedTime(started, teams.FirstRequest), peakRss, cpu, kill);
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

async Task SeedAsync(int first, int count)
{
    var seeding = Stopwatch.StartNew();
    await Seeder.SeedAsync($"Data Source={database}", first, count, teams.ServiceUrl);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded users {first}..{first + count - 1} in {seeding.Elapsed.TotalSeconds:F1} s"));
}
