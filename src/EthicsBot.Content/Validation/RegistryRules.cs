namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;
using EthicsBot.Domain.Content;

/// <summary>The legal-reference registry: ids, status, dates and the chain from a superseded document to its replacement.</summary>
internal static class RegistryRules
{
    public const string InForce = "in-force";
    public const string Superseded = "superseded";

    /// <summary>Checks every document and returns each id with its status (null when invalid), for the question rules.</summary>
    public static Dictionary<string, (DocumentStatus? Status, string? SupersededBy)> Check(
        IReadOnlyList<RawDocument> documents, ContentDiagnostics diagnostics)
    {
        var ids = IdRules.CheckUnique(documents.Select(d => d.Id), "document", diagnostics);
        var registry = new Dictionary<string, (DocumentStatus?, string?)>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            var issued = RawValues.Date(doc.Issued, diagnostics);
            var effective = RawValues.Date(doc.Effective, diagnostics);
            RawValues.Date(doc.SupersededOn, diagnostics);
            if (issued is not null && effective < issued)
            {
                diagnostics.Error(doc.Effective!.At, $"effective date {doc.Effective.Value} is before the issue date {doc.Issued!.Value}");
            }

            var status = Status(doc, ids, diagnostics);
            if (doc.Id is not null)
            {
                registry.TryAdd(doc.Id.Value, (status, doc.SupersededBy?.Value));
            }
        }

        CheckChains(documents, registry, diagnostics);
        return registry;
    }

    private static DocumentStatus? Status(RawDocument doc, Dictionary<string, RawScalar> ids, ContentDiagnostics diagnostics)
    {
        switch (doc.Status?.Value)
        {
            case null:
                return null;
            case InForce:
                foreach (var extra in new[] { doc.SupersededBy, doc.SupersededOn }.OfType<RawScalar>())
                {
                    diagnostics.Error(extra.At, "an in-force document has no superseded_by or superseded_on; set status: superseded");
                }

                return DocumentStatus.InForce;
            case Superseded:
                if (doc.SupersededBy is null)
                {
                    diagnostics.Error(doc.Status.At, "a superseded document needs superseded_by (the registry id of its replacement)");
                }
                else if (!ids.ContainsKey(doc.SupersededBy.Value))
                {
                    diagnostics.Error(doc.SupersededBy.At, $"superseded_by '{doc.SupersededBy.Value}' is not a document in the registry");
                }
                else if (doc.SupersededBy.Value == doc.Id?.Value)
                {
                    diagnostics.Error(doc.SupersededBy.At, "a document cannot supersede itself");
                }

                if (doc.SupersededOn is null)
                {
                    diagnostics.Error(doc.Status.At, "a superseded document needs superseded_on (the switch-over date)");
                }

                return DocumentStatus.Superseded;
            default:
                diagnostics.Error(doc.Status.At, $"status '{doc.Status.Value}' must be {InForce} or {Superseded}");
                return null;
        }
    }

    // Following superseded_by must reach a document in force, otherwise no citation can teach current law.
    private static void CheckChains(
        IReadOnlyList<RawDocument> documents,
        Dictionary<string, (DocumentStatus? Status, string? SupersededBy)> registry,
        ContentDiagnostics diagnostics)
    {
        foreach (var doc in documents.Where(d => d.SupersededBy is not null && d.Id is not null && d.SupersededBy.Value != d.Id.Value))
        {
            var visited = new HashSet<string>(StringComparer.Ordinal) { doc.Id!.Value };
            var next = doc.SupersededBy!.Value;
            while (registry.TryGetValue(next, out var entry) && entry.Status == DocumentStatus.Superseded && entry.SupersededBy is not null)
            {
                if (!visited.Add(next))
                {
                    diagnostics.Error(doc.SupersededBy.At, $"superseded_by forms a loop through '{next}'; the chain must end at a document in force");
                    break;
                }

                next = entry.SupersededBy;
            }
        }
    }
}
