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
            .Select(q => (Question: q, Stem: q.Vi!.Stem!))
            .ToList();
        // Folding and shingling each stem is most of the work and independent per stem.
        var sets = stems.AsParallel().AsOrdered().Select(s => Shingles(s.Stem.Value)).ToList();
        foreach (var (earlier, later, similarity) in Pairs(sets))
        {
            var first = stems[earlier].Stem.At;
            diagnostics.Warning(
                stems[later].Stem.At,
                $"stem is nearly the same as question '{stems[earlier].Question.Id!.Value}' at {first.Path}:{first.Line}:{first.Column} (similarity {similarity:0.00}); rewrite or retire one");
        }
    }

    /// <summary>
    /// Every pair (earlier, later) whose similarity reaches <see cref="Threshold"/>, the same pairs a comparison of all
    /// pairs finds, without comparing all pairs. Prefix filtering: with each set's shingles sorted rarest first, two
    /// sets with Jaccard similarity of at least t share a shingle among the first |x| - ceil(t·|x|) + 1 of each. Only
    /// pairs that share such a prefix shingle are compared, so a phrase every stem uses ("anh nên làm gì") never
    /// makes candidates: 5,000 stems cost a few thousand comparisons instead of 12.5 million.
    /// </summary>
    public static IEnumerable<(int Earlier, int Later, double Similarity)> Pairs(IReadOnlyList<HashSet<string>> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var shingle in sets.SelectMany(s => s))
        {
            frequency[shingle] = frequency.GetValueOrDefault(shingle) + 1;
        }

        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var candidates = new HashSet<int>();
        for (var later = 0; later < sets.Count; later++)
        {
            var ordered = sets[later].OrderBy(x => frequency[x]).ThenBy(x => x, StringComparer.Ordinal).ToList();
            var prefix = ordered.Count - (int)Math.Ceiling(Threshold * ordered.Count) + 1;
            candidates.Clear();
            foreach (var shingle in ordered.Take(prefix))
            {
                if (index.TryGetValue(shingle, out var seen))
                {
                    candidates.UnionWith(seen);
                }
                else
                {
                    index[shingle] = seen = [];
                }

                seen.Add(later);
            }

            foreach (var earlier in candidates.Order())
            {
                var similarity = Similarity(sets[earlier], sets[later]);
                if (similarity >= Threshold)
                {
                    yield return (earlier, later, similarity);
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
