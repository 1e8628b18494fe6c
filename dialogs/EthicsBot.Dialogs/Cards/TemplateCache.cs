namespace EthicsBot.Dialogs.Cards;

using System.Collections.Concurrent;

/// <summary>
/// Card templates by key, at most <see cref="Capacity"/> of them: a full cache starts over empty, which is simpler than
/// evicting one by one and costs one build per card in use (today's daily question, the questions of open sessions).
/// </summary>
public sealed class TemplateCache<TKey>(int capacity)
    where TKey : notnull
{
    private Generation current = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public int Count => Volatile.Read(ref current).Entries.Count;

    public CardTemplate GetOrAdd(TKey key, Func<TKey, CardTemplate> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var generation = Volatile.Read(ref current);
        if (generation.Entries.TryGetValue(key, out var template))
        {
            return template;
        }

        template = build(key);
        if (Interlocked.Increment(ref generation.Added) <= Capacity)
        {
            generation.Entries.TryAdd(key, template);
        }
        else
        {
            Interlocked.CompareExchange(ref current, new Generation(), generation);
        }

        return template;
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<TKey, CardTemplate> Entries = new();
        public int Added;
    }
}
