namespace EthicsBot.Dialogs.Ask;

using System.Collections.Concurrent;
using EthicsBot.Dialogs.Explainer;
using EthicsBot.Domain.Text;

/// <summary>A question the bank could not answer, scrubbed of personal data, with how often it was asked.</summary>
public sealed record UnansweredQuestion(string Text, int Count);

/// <summary>
/// The free questions the bank had no rule for, so admins see which scenarios to write next. Kept in memory
/// (bounded; a restart clears it) and scrubbed before storing: the list is shown to admins, who must not see
/// personal data either.
/// </summary>
public sealed class UnansweredQuestions
{
    public const int Capacity = 200;

    private readonly ConcurrentDictionary<string, (string Text, int Count)> questions = new(StringComparer.Ordinal);

    public void Record(string text, IEnumerable<string?> knownNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scrubbed = PersonalDataScrubber.Scrub(text, knownNames).Trim();
        var key = TextNormalizer.Normalize(scrubbed);
        if (questions.Count >= Capacity && !questions.ContainsKey(key))
        {
            return;
        }

        questions.AddOrUpdate(key, (scrubbed, 1), (_, seen) => (seen.Text, seen.Count + 1));
    }

    /// <summary>Most asked first.</summary>
    public IReadOnlyList<UnansweredQuestion> Top(int count) =>
        [.. questions.Values.OrderByDescending(q => q.Count).ThenBy(q => q.Text, StringComparer.Ordinal).Take(count).Select(q => new UnansweredQuestion(q.Text, q.Count))];
}
