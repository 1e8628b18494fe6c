namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;
using EthicsBot.Domain.Content;

/// <summary>Citations resolve to the registry, give an article, and cite superseded law only beside its replacement.</summary>
internal static class ReferenceRules
{
    public static void Check(
        RawQuestion question,
        IReadOnlyDictionary<string, (DocumentStatus? Status, string? SupersededBy)>? registry,
        ContentDiagnostics diagnostics)
    {
        if (question.References is not { } references)
        {
            return;
        }

        if (references.Count == 0)
        {
            diagnostics.Error(question.ReferencesAt, "at least one reference is required");
            return;
        }

        var cited = references.Select(r => r.Doc?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            CheckParts(reference, diagnostics);
            if (reference.Doc is not { } doc || registry is null)
            {
                continue;
            }

            if (!registry.TryGetValue(doc.Value, out var entry))
            {
                diagnostics.Error(doc.At, $"document '{doc.Value}' is not in references.yaml");
            }
            else if (entry.Status == DocumentStatus.Superseded && entry.SupersededBy is { } replacement && !cited.Contains(replacement))
            {
                diagnostics.Error(doc.At, $"'{doc.Value}' is superseded; cite it only next to its replacement '{replacement}'");
            }
        }

        var withArticle = references.Where(r => r.Article is not null && r.Doc is not null).ToList();
        if (withArticle.Count == 0)
        {
            diagnostics.Error(question.ReferencesAt, "at least one reference must give an article");
        }
        else if (registry is not null && withArticle.All(r => registry.TryGetValue(r.Doc!.Value, out var e) && e.Status == DocumentStatus.Superseded))
        {
            diagnostics.Warning(question.ReferencesAt, "every article cited is from a superseded document; the answer key must rest on current law");
        }
    }

    // Clauses and points live inside an article (some articles list points directly, without clauses).
    private static void CheckParts(RawReference reference, ContentDiagnostics diagnostics)
    {
        if (reference.Clause is { } clause && reference.Article is null)
        {
            diagnostics.Error(clause.At, "a clause needs an article");
        }

        if (reference.Point is { } point && reference.Article is null)
        {
            diagnostics.Error(point.At, "a point needs an article");
        }
    }
}
