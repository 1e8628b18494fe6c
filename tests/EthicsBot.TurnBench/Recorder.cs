namespace EthicsBot.TurnBench;

using System.Collections.Concurrent;

/// <summary>Turn times by kind, kept only while recording (warm-up turns are not counted).</summary>
internal sealed class Recorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> times = new();
    private int failures;

    public bool Recording { get; set; }

    public int Failures => failures;

    public void Record(string kind, TimeSpan elapsed, bool ok)
    {
        if (!Recording)
        {
            return;
        }

        times.GetOrAdd(kind, _ => []).Add(elapsed.TotalMilliseconds);
        if (!ok)
        {
            Interlocked.Increment(ref failures);
        }
    }

    public int Count => times.Values.Sum(b => b.Count);

    public IReadOnlyDictionary<string, double[]> Sorted() =>
        times.ToDictionary(p => p.Key, p => p.Value.Order().ToArray());

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
