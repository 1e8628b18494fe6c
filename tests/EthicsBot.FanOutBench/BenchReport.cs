namespace EthicsBot.FanOutBench;

using System.Globalization;

internal static class BenchReport
{
    public static void Print(BenchOptions options, BenchRun run, DayStatus status, TimeSpan wall, TimeSpan firstRequest, long peakRssKib, TimeSpan? cpu, KillSnapshot? kill)
    {
        var teams = run.Teams;
        var deliveries = teams.Deliveries;
        var unreachable = teams.Unreachable;
        var delivered = deliveries.Count;
        var duplicates = deliveries.Values.Sum(n => n - 1);
        var lost = Enumerable.Range(0, options.Users)
            .Select(Seeder.ConversationId)
            .Count(c => !deliveries.ContainsKey(c) && !unreachable.Contains(c));
        var ideal = TimeSpan.FromSeconds((double)options.Users / options.Rate);
        var idealWithRetries = TimeSpan.FromSeconds((double)teams.Counted / options.Rate);

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(c, $"wall time            {wall.TotalSeconds,10:F2} s   (admin run to Teams' last answer)"));
        Console.WriteLine(string.Create(c, $"first request after  {firstRequest.TotalSeconds,10:F2} s   (the admin run queues the day's rows first)"));
        Console.WriteLine(string.Create(c, $"ideal N/R            {ideal.TotalSeconds,10:F2} s"));
        Console.WriteLine(string.Create(c, $"ratio                {wall / ideal,10:F3}"));
        Console.WriteLine(string.Create(c, $"counted requests/R   {idealWithRetries.TotalSeconds,10:F2} s   (ratio to it {wall / idealWithRetries:F3}; requests the limits counted, 403s and retries included)"));
        Console.WriteLine(string.Create(c, $"requests             {teams.Requests,10}   (429: {teams.Throttled}, 503 injected: {teams.Transient}, 403 injected: {teams.Blocked})"));
        Console.WriteLine(string.Create(c, $"429s received        {teams.Throttled,10}"));
        Console.WriteLine(string.Create(c, $"delivered            {delivered,10}   users with the card accepted by Teams"));
        Console.WriteLine(string.Create(c, $"unreachable          {unreachable.Count,10}   (bot's status: {status.Unreachable})"));
        Console.WriteLine(string.Create(c, $"duplicates           {duplicates,10}"));
        Console.WriteLine(string.Create(c, $"lost                 {lost,10}   (bot's status: due {status.Due}, sent {status.Sent}, pending {status.Pending}, failed {status.Failed})"));
        Console.WriteLine(string.Create(c, $"bot peak RSS (VmHWM) {peakRssKib / 1024.0,10:F1} MiB"));
        var rate = teams.AdmittedPerSecond;
        if (rate.Count > 0)
        {
            Console.WriteLine($"counted per second   {string.Join(' ', rate)}");
        }

        if (cpu is { } used)
        {
            Console.WriteLine(string.Create(c, $"bot CPU during run   {used.TotalSeconds,10:F2} s   ({used.TotalMilliseconds / teams.Requests:F2} ms per request to Teams)"));
        }

        if (kill is not null)
        {
            Console.WriteLine(string.Create(c,
                $"kill: {kill.ClaimedRows} rows claimed at the kill, {kill.SentButUnrecorded} sent but unrecorded; duplicates {duplicates} (bound: {kill.SentButUnrecorded} <= {kill.ClaimedRows})"));
        }
    }
}
