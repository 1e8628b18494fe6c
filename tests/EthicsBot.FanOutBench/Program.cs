using System.Diagnostics;
using System.Globalization;
using EthicsBot.FanOutBench;

// Fan-out benchmark of the daily push against the real bot process; see README "Daily delivery: benchmark".
var options = BenchOptions.Parse(args);
var repository = BenchPaths.RepositoryRoot();
var hostDll = options.HostDll is { } given ? Path.GetFullPath(given) : (options.Publish ? await BenchPaths.PublishHostAsync(repository) : BenchPaths.HostDll());
var workDir = Directory.CreateTempSubdirectory("ethicsbot-bench-").FullName;
var database = await BenchDatabase.CreateAsync(options, workDir);
var apiKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"users {options.Users}, tenant rate {options.Rate}/s, seed {options.Seed}, warm-up users {options.Warmup}, kill halfway: {options.KillHalfway}, 503s use quota: {options.TransientUsesQuota}, store {(options.Postgres ? "PostgreSQL" : "SQLite")}, instances {options.Instances}"));
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
    .. database.BotSettings,
    $"--Content:Path={Path.Combine(repository, "content")}",
    $"--Admin:ApiKey={apiKey}",
    $"--Daily:TenantRequestsPerSecond={options.Rate}",
    // The seeded users keep the default schedule, which the worker's own passes would act on during Vietnamese office
    // hours and start the push before the measured admin run. A one-minute window at 06:00 keeps them out of it.
    "--Daily:DefaultTime=06:00",
    "--Daily:OfficeHoursEnd=06:01",
    // After a SIGKILL the rows the dead process had claimed wait for their lease; a short lease and poll keep that wait
    // to seconds. Both are ordinary settings, and a normal run does not depend on them.
    // With several instances the survivors take the sender role over once its lease (SenderLease) runs out.
    .. options.KillHalfway ? (string[])["--Daily:Lease=00:00:20", "--Daily:ClaimPollInterval=00:00:01", "--Daily:SenderLease=00:00:05"] : [],
    .. options.BotArgs,
];
using var bot = new BotFleet();
var urls = new List<Uri>();
// Started together, as a deployment would roll them out: the first migrates, the others wait for its lock.
foreach (var started in await Task.WhenAll(Enumerable.Range(0, options.Instances).Select(i =>
{
    var url = new Uri($"http://127.0.0.1:{BenchPaths.FreePort()}/");
    urls.Add(url);
    return BotProcess.StartAsync(hostDll, url, configuration, workDir, Path.Combine(workDir, $"bot-{i}.log"));
})))
{
    bot.Add(started);
}

var botUrl = urls[0];
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
    if (await database.SenderPidAsync() is { } senderNow && bot.Bots.FindIndex(b => b.Id == senderNow) is var index and >= 0)
    {
        // Rows queued through another instance wait for the sender's next claim poll (Daily:ClaimPollInterval); an
        // operator's load balancer picks any instance, the bench asks the sender so that the wait is not measured.
        admin.Use(urls[index]);
        Console.WriteLine($"admin run through instance {index}, the sender");
    }

    var cpuBefore = bot.CpuTime();
    var started = Stopwatch.GetTimestamp();
    var queued = await admin.RunAllAsync();
    Console.WriteLine($"admin run: {queued.ToJsonString()}");
    long peakRss;
    KillSnapshot? kill = null;
    if (options.KillHalfway)
    {
        await run.WaitForAcceptedAsync(options.Users / 2, bot);
        bot.PeakRssKib();
        var senderPid = await database.SenderPidAsync();
        var sender = bot.Bots.FirstOrDefault(b => b.Id == senderPid) ?? bot.First;
        kill = await KillSnapshot.TakeAsync(sender, teams, database);
        Console.WriteLine($"killed instance {bot.Bots.IndexOf(sender)} (the sender)");
        Console.WriteLine(kill.Describe());
        if (options.Instances > 1)
        {
            admin.Use(urls[bot.Bots.FindIndex(b => !b.HasExited)]);
        }
        else
        {
            // One instance: the bot restarts (as its supervisor would) and finishes the push itself.
            var restarted = await BotProcess.StartAsync(hostDll, botUrl, configuration, workDir, Path.Combine(workDir, "bot-0.log"));
            bot.Add(restarted);
        }

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
    Console.WriteLine($"peak RSS per instance {string.Join(" ", bot.Peaks.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k / 1024.0:F1}")))} MiB");
    if (await database.ServerMemoryKibAsync() is { } server)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PostgreSQL memory    {server.LargestPeak / 1024.0,10:F1} MiB   peak RSS of its largest process; {server.PrivateNow / 1024.0:F1} MiB private (RssAnon) over all its processes at the end"));
    }
}
finally
{
    bot.Dispose();
    if (!options.Keep)
    {
        await database.DropAsync();
        Directory.Delete(workDir, recursive: true);
    }
}

async Task SeedAsync(int first, int count)
{
    var seeding = Stopwatch.StartNew();
    await Seeder.SeedAsync(database.ConnectionString, first, count, teams.ServiceUrl, database.Postgres);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded users {first}..{first + count - 1} in {seeding.Elapsed.TotalSeconds:F1} s"));
}
