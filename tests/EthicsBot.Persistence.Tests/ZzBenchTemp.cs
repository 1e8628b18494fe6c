namespace EthicsBot.Persistence.Tests;
using System.Diagnostics;
using Xunit.Abstractions;
public sealed class ZzBenchTemp(ITestOutputHelper output)
{
    [Fact]
    public async Task Bench()
    {
        await using var db = await TestDatabase.CreateAsync();
        var day = new DateOnly(2026, 3, 2);
        var due = Enumerable.Range(0, 20_000).Select(i => ($"29:user-{i:D6}", day)).ToList();
        await db.Deliveries.EnsureDueAsync(due.Take(10), TestDatabase.Now); // warm
        for (var r = 0; r < 3; r++)
        {
            var sw = Stopwatch.StartNew(); var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var n = await db.Deliveries.EnsureDueAsync(due.Select(d => (d.Item1, d.day.AddDays(r + 1))), TestDatabase.Now);
            output.WriteLine($"EnsureDue new {n}: {sw.ElapsedMilliseconds} ms wall, cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds} ms");
            sw.Restart();
            var js = System.Text.Json.JsonSerializer.Serialize(due.Select(d => new[] { d.Item1, "2026-01-01" }).ToArray());
            output.WriteLine($"  json only: {sw.ElapsedMilliseconds} ms ({js.Length} chars)");
        }
        var sw2 = Stopwatch.StartNew();
        var again = await db.Deliveries.EnsureDueAsync(due.Select(d => (d.Item1, d.day.AddDays(1))), TestDatabase.Now);
        output.WriteLine($"EnsureDue existing {again}: {sw2.ElapsedMilliseconds} ms");
        sw2.Restart(); var cpu2 = Process.GetCurrentProcess().TotalProcessorTime;
        var claimed = 0; int batches = 0;
        while (true) { var b = await db.Deliveries.ClaimBatchAsync("w", 50, TimeSpan.FromMinutes(2), TestDatabase.Now.AddDays(1)); if (b.Count == 0) break; claimed += b.Count; batches++; }
        output.WriteLine($"Claimed {claimed} in {batches} batches: {sw2.ElapsedMilliseconds} ms, cpu {(Process.GetCurrentProcess().TotalProcessorTime - cpu2).TotalMilliseconds}");
        sw2.Restart();
        var st = await db.Deliveries.GetStatusAsync(day.AddDays(1));
        output.WriteLine($"Status {st.Due}/{st.Pending}: {sw2.ElapsedMilliseconds} ms");
        await using var c = await db.Database.OpenAsync(default);
        await using var cmd = c.CreateCommand(); cmd.CommandText = "select sqlite_version()";
        output.WriteLine($"sqlite {await cmd.ExecuteScalarAsync()}");
        cmd.CommandText = "EXPLAIN QUERY PLAN SELECT id FROM deliveries WHERE status IN ('pending', 'claimed') AND next_attempt_at <= '2027' LIMIT 5";
        await using var r2 = await cmd.ExecuteReaderAsync();
        while (await r2.ReadAsync()) output.WriteLine(r2.GetString(3));
    }
}
