namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;
using EthicsBot.Domain.Content;

/// <summary>
/// The bank checked against the law in force on a day. For <c>content validate</c> a withdrawn question is an
/// error (the admin must fix it); the running bot only withdraws it, so a law changing never stops the bot.
/// </summary>
public static class LawCurrencyRules
{
    public static (IReadOnlyList<ContentError> Errors, IReadOnlyList<ContentError> Warnings) Check(ContentLoadResult result, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Catalog is not { } catalog)
        {
            return ([], []);
        }

        var errors = new List<ContentError>();
        var warnings = new List<ContentError>();
        foreach (var question in catalog.AllQuestions)
        {
            var at = result.QuestionPositions.TryGetValue(question.Id, out var p) ? p : new ContentPosition("content", 1, 1);
            if (LawCurrency.Check(question, catalog.Documents, date) is { } withdrawn)
            {
                errors.Add(at.Error($"{question.Id} rests on {Describe(catalog, withdrawn)}; on {date:yyyy-MM-dd} the bot withdraws it until it is updated"));
            }

            foreach (var change in LawCurrency.Upcoming(question, catalog.Documents, date))
            {
                warnings.Add(at.Error($"{question.Id} is affected by a change on {change.On:yyyy-MM-dd}: {Describe(catalog, change)}"));
            }
        }

        return (errors, warnings);
    }

    public static string Describe(ContentCatalog catalog, WithdrawnQuestion withdrawn)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(withdrawn);
        var doc = catalog.Documents[withdrawn.DocumentId];
        return withdrawn.Status == DocumentStatus.Superseded
            ? $"{doc.Number} ({doc.Id}), no longer in force since {withdrawn.Since:yyyy-MM-dd}{Replacement(catalog, doc)}"
            : $"{doc.Number} ({doc.Id}), not in force until {withdrawn.Since:yyyy-MM-dd}";
    }

    public static string Describe(ContentCatalog catalog, UpcomingChange change)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(change);
        var doc = catalog.Documents[change.DocumentId];
        return change.TakesEffect
            ? $"{doc.Number} ({doc.Id}) takes effect"
            : $"{doc.Number} ({doc.Id}) stops applying{Replacement(catalog, doc)}";
    }

    private static string Replacement(ContentCatalog catalog, LegalDocument doc) =>
        doc.ReplacedBy is { } id && catalog.Documents.TryGetValue(id, out var next) ? $", replaced by {next.Number} ({id})" : string.Empty;
}
