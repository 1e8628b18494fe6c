namespace EthicsBot.Domain.Content;

/// <summary>Why a question may not be asked on a day: a document its answer rests on is not in force.</summary>
public sealed record WithdrawnQuestion(string QuestionId, string DocumentId, DocumentStatus Status, DateOnly? Since);

/// <summary>A registry change within the look-ahead window that touches a question.</summary>
public sealed record UpcomingChange(string QuestionId, string DocumentId, DateOnly On, bool TakesEffect, string? ReplacedBy);

/// <summary>
/// The rule that keeps the bank teaching the law in force. A question rests on every document it cites, except
/// that a superseded document may stand next to its in-force replacement and a future document next to the in-force
/// document it will replace: such pairs teach a change. Pure: the day is a parameter.
/// </summary>
public static class LawCurrency
{
    /// <summary>How far ahead <c>content validate</c> and <c>content report</c> look for changes.</summary>
    public const int LookAheadDays = 60;

    /// <summary>The first cited document that makes the question wrong to ask on <paramref name="date"/>, or null.</summary>
    public static WithdrawnQuestion? Check(Question question, IReadOnlyDictionary<string, LegalDocument> documents, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(documents);
        var cited = question.References.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal)
            .Where(documents.ContainsKey).Select(id => documents[id]).ToList();
        foreach (var doc in cited)
        {
            var status = doc.StatusOn(date);
            var paired = status switch
            {
                DocumentStatus.Superseded => cited.Any(c => c.IsInForceOn(date) && Replaces(c, doc, documents)),
                DocumentStatus.NotYetInForce => cited.Any(c => c.IsInForceOn(date) && Replaces(doc, c, documents)),
                _ => true,
            };
            if (!paired)
            {
                return new WithdrawnQuestion(question.Id, doc.Id, status,
                    status == DocumentStatus.Superseded ? doc.SupersededOn : doc.AppliesFrom);
            }
        }

        return null;
    }

    /// <summary>Changes to the documents a question cites that happen after <paramref name="date"/> and within <paramref name="days"/>.</summary>
    public static IEnumerable<UpcomingChange> Upcoming(
        Question question, IReadOnlyDictionary<string, LegalDocument> documents, DateOnly date, int days = LookAheadDays)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(documents);
        var until = date.AddDays(days);
        foreach (var id in question.References.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal))
        {
            if (!documents.TryGetValue(id, out var doc))
            {
                continue;
            }

            if (doc.SupersededOn is { } end && end > date && end <= until)
            {
                yield return new UpcomingChange(question.Id, id, end, TakesEffect: false, doc.ReplacedBy);
            }

            if (doc.AppliesFrom is { } start && start > date && start <= until)
            {
                yield return new UpcomingChange(question.Id, id, start, TakesEffect: true, null);
            }
        }
    }

    /// <summary>The catalog as the bot may use it on <paramref name="date"/>: withdrawn questions out of <see cref="ContentCatalog.Questions"/>.</summary>
    public static ContentCatalog Apply(ContentCatalog catalog, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var all = catalog.AllQuestions;
        var withdrawn = all.Select(q => Check(q, catalog.Documents, date)).OfType<WithdrawnQuestion>().ToList();
        var withdrawnIds = withdrawn.Select(w => w.QuestionId).ToHashSet(StringComparer.Ordinal);
        return catalog with
        {
            AllQuestions = all,
            Questions = [.. all.Where(q => !withdrawnIds.Contains(q.Id))],
            Withdrawn = withdrawn,
            AsOf = date,
        };
    }

    /// <summary>True when following <paramref name="old"/>'s replaced_by chain reaches <paramref name="successor"/>.</summary>
    public static bool Replaces(LegalDocument successor, LegalDocument old, IReadOnlyDictionary<string, LegalDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(successor);
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(documents);
        var seen = new HashSet<string>(StringComparer.Ordinal) { old.Id };
        var next = old.ReplacedBy;
        while (next is not null && seen.Add(next))
        {
            if (next == successor.Id)
            {
                return true;
            }

            next = documents.TryGetValue(next, out var doc) ? doc.ReplacedBy : null;
        }

        return false;
    }
}
