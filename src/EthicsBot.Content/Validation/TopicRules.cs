namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;
using EthicsBot.Content.Search;

/// <summary>Topic ids are unique and every alias picks exactly one topic.</summary>
internal static class TopicRules
{
    public static HashSet<string> Check(IReadOnlyList<RawTopic> topics, ContentDiagnostics diagnostics)
    {
        var ids = IdRules.CheckUnique(topics.Select(t => t.Id), "topic", diagnostics);

        // A user types an alias or an id after "quiz"; one word naming two topics would pick one at random.
        var owners = ids.Keys.ToDictionary(VietnameseText.Normalize, id => id, StringComparer.Ordinal);
        foreach (var topic in topics.Where(t => t.Id is not null))
        {
            foreach (var alias in topic.Aliases)
            {
                var key = VietnameseText.Normalize(alias.Value);
                if (owners.TryGetValue(key, out var owner) && owner != topic.Id!.Value)
                {
                    diagnostics.Error(alias.At, $"alias '{alias.Value}' already names topic '{owner}'");
                }
                else
                {
                    owners[key] = topic.Id!.Value;
                }
            }
        }

        return [.. ids.Keys];
    }
}
