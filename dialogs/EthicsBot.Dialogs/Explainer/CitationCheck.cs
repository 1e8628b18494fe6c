namespace EthicsBot.Dialogs.Explainer;

using System.Text.RegularExpressions;
using EthicsBot.Content.Answers;
using EthicsBot.Domain.Content;

/// <summary>A citation the model made, in the form the prompt asks for: [[document-id]] or [[document-id#article]].</summary>
public sealed record ModelCitation(string DocumentId, string? Article);

/// <summary>The verdict on a model's answer; <see cref="Problem"/> names the first citation that failed.</summary>
public sealed record CitationVerdict(bool Valid, IReadOnlyList<ModelCitation> Citations, string? Problem);

/// <summary>
/// The trust check after generation: the answer must cite, and every citation (and every document number it
/// writes out) must be one of the sources the prompt gave, present in the registry and in force today, with an
/// article the source lists. One failure rejects the whole answer.
/// </summary>
public static partial class CitationCheck
{
    public static CitationVerdict Check(string text, IReadOnlyList<ExplainerSource> sources, ContentCatalog catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(catalog);
        var citations = Citations(text);
        if (citations.Count == 0)
        {
            return new CitationVerdict(false, citations, "no citation");
        }

        foreach (var citation in citations)
        {
            var source = sources.FirstOrDefault(s => s.DocumentId == citation.DocumentId);
            if (source is null)
            {
                return new CitationVerdict(false, citations, "outside-retrieved-set");
            }

            if (!catalog.Documents.TryGetValue(citation.DocumentId, out var document) || !document.IsInForceOn(today))
            {
                return new CitationVerdict(false, citations, "not-in-force");
            }

            if (citation.Article is { } article && !source.Articles.Contains(article, StringComparer.Ordinal))
            {
                return new CitationVerdict(false, citations, "article-not-in-sources");
            }
        }

        // Numbers written out in prose ("Nghị định 13/2023/NĐ-CP") must also be sources: a model can cite correctly and still lean on another law.
        var allowed = sources.Select(s => s.DocumentId).ToHashSet(StringComparer.Ordinal);
        var named = DocumentMentions.Find(catalog, CitationPattern().Replace(text, " "));
        return named.Any(m => m.Document is null || !allowed.Contains(m.Document.Id))
            ? new CitationVerdict(false, citations, "names-other-document")
            : new CitationVerdict(true, citations, null);
    }

    public static IReadOnlyList<ModelCitation> Citations(string text) =>
        [.. CitationPattern().Matches(text).Select(m => new ModelCitation(m.Groups["id"].Value, m.Groups["art"].Success ? m.Groups["art"].Value : null))];

    /// <summary>The text with [[id#art]] markers turned into [1], [2]… numbered by document in order of first citation.</summary>
    public static (string Text, IReadOnlyList<string> DocumentIds) Number(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var order = new List<string>();
        var numbered = CitationPattern().Replace(text, m =>
        {
            var id = m.Groups["id"].Value;
            if (!order.Contains(id))
            {
                order.Add(id);
            }

            return $"[{order.IndexOf(id) + 1}]";
        });
        return (numbered, order);
    }

    [GeneratedRegex(@"\[\[(?<id>[a-z0-9\-]+)(?:#(?<art>[0-9a-zA-Z]+))?\]\]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CitationPattern();
}
