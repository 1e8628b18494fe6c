namespace EthicsBot.Content.Tests.Validation;

using EthicsBot.Content.Loading;
using EthicsBot.Content.Validation;

/// <summary>The indexed near-duplicate search finds exactly the pairs a comparison of all pairs finds.</summary>
public sealed class NearDuplicatePairsTests
{
    [Fact]
    public void Pairs_ShippedBankWithPlantedCopies_SameAsAllPairs()
    {
        var stems = ContentLoader.Load(RepositoryContent.Directory).Catalog!.AllQuestions.Select(q => q.Vi.Stem).ToList();
        var random = new Random(7);
        // Plant near-copies: a stem with a few words swapped out, and one with its middle third rewritten.
        foreach (var original in stems.Take(40).ToList())
        {
            var words = original.Split(' ');
            for (var k = 0; k < 3; k++)
            {
                words[random.Next(words.Length)] = "Thành" + random.Next(1000);
            }

            stems.Add(string.Join(' ', words));
            var third = words.Length / 3;
            stems.Add(string.Join(' ', words.Take(third).Concat(Enumerable.Repeat("nội dung khác hẳn", third / 3 + 1)).Concat(words.Skip(2 * third))));
        }

        var sets = stems.Select(NearDuplicateStems.Shingles).ToList();

        var indexed = NearDuplicateStems.Pairs(sets).Select(p => (p.Earlier, p.Later)).ToHashSet();
        var all = AllPairs(sets);

        Assert.NotEmpty(all);
        Assert.Equal(all.OrderBy(p => p).ToList(), indexed.OrderBy(p => p).ToList());
    }

    [Fact]
    public void Pairs_ShippedBank_HasNoPairAtAll()
    {
        var sets = ContentLoader.Load(RepositoryContent.Directory).Catalog!.AllQuestions.Select(q => NearDuplicateStems.Shingles(q.Vi.Stem)).ToList();

        Assert.Empty(NearDuplicateStems.Pairs(sets));
        Assert.Empty(AllPairs(sets));
    }

    private static HashSet<(int, int)> AllPairs(List<HashSet<string>> sets)
    {
        var pairs = new HashSet<(int, int)>();
        for (var i = 0; i < sets.Count; i++)
        {
            for (var j = i + 1; j < sets.Count; j++)
            {
                if (NearDuplicateStems.Similarity(sets[i], sets[j]) >= NearDuplicateStems.Threshold)
                {
                    pairs.Add((i, j));
                }
            }
        }

        return pairs;
    }
}
