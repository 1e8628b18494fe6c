namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;
using EthicsBot.Content.Search;

/// <summary>
/// Flags pairs of Vietnamese stems that say nearly the same thing, so the bank does not ask one scenario
/// twice under two ids. A stem becomes the set of its 3-word shingles (folded: lower case, no diacritics,
/// no punctuation) and two stems are compared by Jaccard similarity.
/// </summary>
/// <remarks>
/// Why 3 words and 0.4: Vietnamese words are mostly single syllables, so one-word shingles match any two stems
/// about the same office, while 3-word shingles only match shared phrases. Measured on the first full bank
/// (243 stems, median 54 words): the closest pair of distinct scenarios scored 0.18, and pairs within one topic
/// scored 0.06 at the 99th percentile. A copy with every person, place and app renamed scored 0.48–0.94, and a
/// copy with its middle third rewritten 0.39–0.48. 0.4 catches the copies with more than twice the margin over
/// the closest distinct pair. Warnings never block loading; a person decides.
/// </remarks>
internal static class NearDuplicateStems
{
    public const int ShingleWords = 3;
    public const double Threshold = 0.4;

    public static void Check(IReadOnlyList<RawQuestion> questions, ContentDiagnostics diagnostics)
    {
        var stems = questions
            .Where(q => q.Vi?.Stem is not null && q.Id is not null)
            .Select(q => (Question: q, Stem: q.Vi!.Stem!, Shingles: Shingles(q.Vi!.Stem!.Value)))
            .ToList();
        for (var i = 0; i < stems.Count; i++)
        {
            for (var j = i + 1; j < stems.Count; j++)
            {
                var similarity = Similarity(stems[i].Shingles, stems[j].Shingles);
                if (similarity >= Threshold)
                {
                    var first = stems[i].Stem.At;
                    diagnostics.Warning(
                        stems[j].Stem.At,
                        $"stem is nearly the same as question '{stems[i].Question.Id!.Value}' at {first.Path}:{first.Line}:{first.Column} (similarity {similarity:0.00}); rewrite or retire one");
                }
            }
        }
    }

    public static HashSet<string> Shingles(string text)
    {
        var words = VietnameseText.Words(text);
        if (words.Length <= ShingleWords)
        {
            return [string.Join(' ', words)];
        }

        return [.. Enumerable.Range(0, words.Length - ShingleWords + 1).Select(i => string.Join(' ', words, i, ShingleWords))];
    }

    public static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }
}
