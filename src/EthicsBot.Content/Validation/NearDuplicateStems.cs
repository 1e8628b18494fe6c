namespace EthicsBot.Content.Validation;

using EthicsBot.Content.Loading;
using EthicsBot.Content.Search;

/// <summary>
/// Flags pairs of Vietnamese stems that say nearly the same thing, so the bank does not ask one scenario
/// twice under two ids. A stem becomes the set of its 3-word shingles (folded: lower case, no diacritics,
/// no punctuation) and two stems are compared by Jaccard similarity.
/// </summary>
/// <remarks>
/// Why 3 words and 0.6: Vietnamese words are mostly single syllables, so one-word shingles match any two
/// stems about the same office, while 3-word shingles only match shared phrases. Two different scenarios of
/// one topic share stock phrases ("bộ phận một cửa", "nhóm Zalo của phường") and score well under 0.3.
/// A copy that only renames the people or the commune in a 100-word stem keeps over 85% of its shingles,
/// and a rewrite of one clause of four keeps about 60%. At 0.6, renamed copies and one-clause variants are
/// caught while distinct scenarios pass with a wide margin. Warnings never block loading; a person decides.
/// </remarks>
internal static class NearDuplicateStems
{
    public const int ShingleWords = 3;
    public const double Threshold = 0.6;

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
