namespace EthicsBot.Content.Tests;
using EthicsBot.Content.Validation;
using Xunit.Abstractions;
public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Show()
    {
        var c = EthicsBot.Content.Loading.ContentLoader.Load(RepositoryContent.Directory).Catalog!;
        var lines = new List<string>();
        foreach (var q in c.Questions.Where((q, i) => i % 20 == 0))
        {
            var s = q.Vi.Stem;
            var words = s.Split(' ');
            // rename: replace every capitalised word not at sentence start with another name
            var renamed = string.Join(' ', words.Select((w, i) => i > 0 && w.Length > 1 && char.IsUpper(w[0]) && !words[i - 1].EndsWith('.') ? "Xuân" : w));
            var clause = string.Join(' ', words.Select((w, i) => i >= words.Length / 3 && i < words.Length * 2 / 3 ? "khác" + i : w));
            lines.Add($"{q.Id} words {words.Length} renamed {NearDuplicateStems.Similarity(NearDuplicateStems.Shingles(s), NearDuplicateStems.Shingles(renamed)):0.00} middle-third {NearDuplicateStems.Similarity(NearDuplicateStems.Shingles(s), NearDuplicateStems.Shingles(clause)):0.00}");
        }
        File.WriteAllLines("/tmp/content-sim.txt", lines);
        output.WriteLine("ok");
    }
}
