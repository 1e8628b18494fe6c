namespace EthicsBot.Dialogs.Cards;

using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Content;

/// <summary>A question's legal references as display lines, each with the document's registry status on that day.</summary>
public static class ReferenceLines
{
    public static IReadOnlyList<string> For(Question question, ContentCatalog catalog, UiStrings strings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(strings);
        var lines = new List<string>(question.References.Count);
        foreach (var reference in question.References)
        {
            // The validator guarantees the document exists; a reload racing a session is the only way to miss it.
            if (catalog.Documents.TryGetValue(reference.DocumentId, out var document))
            {
                lines.Add($"{strings.Citation(reference, document)} ({Status(document, catalog, strings, today)})");
            }
        }

        return lines;
    }

    /// <summary>The document's standing on <paramref name="today"/>: in force, from when, until when, or replaced by what.</summary>
    public static string Status(LegalDocument document, ContentCatalog catalog, UiStrings strings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(strings);
        var replacement = document.ReplacedBy is { } id && catalog.Documents.TryGetValue(id, out var next)
            ? strings.DocumentName(next)
            : null;
        return document.StatusOn(today) switch
        {
            DocumentStatus.Superseded when replacement is null => strings.NoLongerInForce(document.SupersededOn!.Value),
            DocumentStatus.Superseded => strings.SupersededBy(replacement, document.SupersededOn),
            DocumentStatus.NotYetInForce => strings.InForceFrom(document.AppliesFrom!.Value),
            _ when document.SupersededOn is { } on && replacement is not null => strings.ToBeSupersededBy(replacement, on),
            _ when document.SupersededOn is { } on => strings.InForceUntil(on),
            _ => strings.InForce,
        };
    }
}
