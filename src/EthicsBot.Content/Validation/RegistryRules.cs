namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;

/// <summary>What the question rules need to know of one registry document.</summary>
internal sealed record RegistryEntry(bool ArticlesUnconfirmed);

/// <summary>
/// The legal-reference registry: ids, dates, and the chain from a replaced document to its replacement.
/// Whether a document is in force is not written in the registry: it follows from the dates, for any day.
/// </summary>
internal static class RegistryRules
{
    public const string ArticlesUnconfirmed = "unconfirmed";

    /// <summary>Checks every document and returns each id, for the question rules.</summary>
    public static Dictionary<string, RegistryEntry> Check(IReadOnlyList<RawDocument> documents, ContentDiagnostics diagnostics)
    {
        var ids = IdRules.CheckUnique(documents.Select(d => d.Id), "document", diagnostics);
        var registry = new Dictionary<string, RegistryEntry>(StringComparer.Ordinal);
        var byId = documents.Where(d => d.Id is not null).GroupBy(d => d.Id!.Value).ToDictionary(g => g.Key, g => g.First());
        foreach (var doc in documents)
        {
            var issued = RawValues.Date(doc.Issued, diagnostics);
            var effective = RawValues.Date(doc.Effective, diagnostics);
            var end = RawValues.Date(doc.SupersededOn, diagnostics);
            if (issued is not null && effective < issued)
            {
                diagnostics.Error(doc.Effective!.At, $"effective date {doc.Effective.Value} is before the issue date {doc.Issued!.Value}");
            }

            if (end is not null && (effective ?? issued) is { } start && end <= start)
            {
                diagnostics.Error(doc.SupersededOn!.At, $"superseded_on {doc.SupersededOn.Value} is not after the day it took effect ({start:yyyy-MM-dd})");
            }

            CheckReplacement(doc, ids, byId, end, diagnostics);
            if (doc.Articles is { } articles && articles.Value != ArticlesUnconfirmed)
            {
                diagnostics.Error(articles.At, $"articles '{articles.Value}' must be '{ArticlesUnconfirmed}' (or left out)");
            }

            if (doc.Id is not null)
            {
                registry.TryAdd(doc.Id.Value, new RegistryEntry(doc.Articles?.Value == ArticlesUnconfirmed));
            }
        }

        CheckChains(documents, byId, diagnostics);
        return registry;
    }

    private static void CheckReplacement(
        RawDocument doc, Dictionary<string, RawScalar> ids, Dictionary<string, RawDocument> byId, DateOnly? end, ContentDiagnostics diagnostics)
    {
        if (doc.ReplacedBy is not { } replacement)
        {
            return;
        }

        if (!ids.ContainsKey(replacement.Value))
        {
            diagnostics.Error(replacement.At, $"replaced_by '{replacement.Value}' is not a document in the registry");
        }
        else if (replacement.Value == doc.Id?.Value)
        {
            diagnostics.Error(replacement.At, "a document cannot replace itself");
        }
        else if (doc.SupersededOn is null)
        {
            diagnostics.Error(replacement.At, "a replaced document needs superseded_on (the first day the replacement applies)");
        }
        else if (end is not null && byId.TryGetValue(replacement.Value, out var next)
            && RawValues.ParseDate(next.Effective) is { } takesOver && takesOver != end)
        {
            diagnostics.Warning(replacement.At, $"'{replacement.Value}' takes effect on {takesOver:yyyy-MM-dd} but this document is superseded on {end:yyyy-MM-dd}; one of the dates is likely wrong");
        }
    }

    // Following replaced_by must not loop, otherwise no chain ends at a document that can be in force.
    private static void CheckChains(IReadOnlyList<RawDocument> documents, Dictionary<string, RawDocument> byId, ContentDiagnostics diagnostics)
    {
        foreach (var doc in documents.Where(d => d.ReplacedBy is not null && d.Id is not null && d.ReplacedBy.Value != d.Id.Value))
        {
            var visited = new HashSet<string>(StringComparer.Ordinal) { doc.Id!.Value };
            var next = doc.ReplacedBy!.Value;
            while (byId.TryGetValue(next, out var entry) && entry.ReplacedBy is not null)
            {
                if (!visited.Add(next))
                {
                    diagnostics.Error(doc.ReplacedBy.At, $"replaced_by forms a loop through '{next}'");
                    break;
                }

                next = entry.ReplacedBy.Value;
            }
        }
    }
}
