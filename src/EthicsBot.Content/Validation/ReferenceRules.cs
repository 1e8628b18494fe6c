namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;

/// <summary>Citations resolve to the registry and give an article. Whether the law cited is in force is <see cref="LawCurrencyRules"/>' business.</summary>
internal static class ReferenceRules
{
    public static void Check(RawQuestion question, IReadOnlyDictionary<string, RegistryEntry>? registry, ContentDiagnostics diagnostics)
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

        foreach (var reference in references)
        {
            CheckParts(reference, diagnostics);
            if (reference.Doc is { } doc && registry is not null && !registry.ContainsKey(doc.Value))
            {
                diagnostics.Error(doc.At, $"document '{doc.Value}' is not in the registry (references.yaml or references/*.yaml)");
            }
        }

        // A citation is checkable when it names an article; a document none of whose articles could be confirmed
        // is the one honest exception, and the registry says so rather than each question.
        var checkable = references.Any(r => r.Doc is not null
            && (r.Article is not null || (registry?.TryGetValue(r.Doc.Value, out var e) == true && e.ArticlesUnconfirmed)));
        if (!checkable)
        {
            diagnostics.Error(question.ReferencesAt,
                "at least one reference must give an article (or cite a document whose registry entry says 'articles: unconfirmed')");
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
