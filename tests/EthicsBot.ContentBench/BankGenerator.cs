namespace EthicsBot.ContentBench;

using EthicsBot.Domain.Content;
using YamlDotNet.Serialization;

/// <summary>
/// Writes a content folder with <c>count</c> questions: the shipped ones cycled (options, feedback, references), each
/// with a new id and objective and a stem of its original opening plus 45 words drawn at random from the bank, so stems
/// are as long as real ones and distinct (no near-duplicate pairs), and the folder validates as a real bank would.
/// </summary>
internal static class BankGenerator
{
    public static void Write(string shipped, ContentCatalog catalog, int count, string target, int seed)
    {
        Directory.CreateDirectory(Path.Combine(target, "questions"));
        foreach (var file in new[] { "topics.yaml", "references.yaml", "calendar.yaml" })
        {
            File.Copy(Path.Combine(shipped, file), Path.Combine(target, file), overwrite: true);
        }

        var registry = Path.Combine(shipped, "references");
        if (Directory.Exists(registry))
        {
            Directory.CreateDirectory(Path.Combine(target, "references"));
            foreach (var file in Directory.GetFiles(registry, "*.yaml"))
            {
                File.Copy(file, Path.Combine(target, "references", Path.GetFileName(file)), overwrite: true);
            }
        }

        var random = new Random(seed);
        var viWords = Words(catalog.AllQuestions.Select(q => q.Vi.Stem));
        var enWords = Words(catalog.AllQuestions.Select(q => q.En.Stem));
        var source = catalog.AllQuestions;
        var generated = Enumerable.Range(0, count).Select(i =>
        {
            var q = source[i % source.Count];
            return (q.TopicId, Yaml: Question(q, $"bench-{i:00000}", $"bench-objective-{i:00000}", Tail(viWords, random), Tail(enWords, random)));
        });
        var serializer = new SerializerBuilder().Build();
        foreach (var topic in generated.GroupBy(g => g.TopicId))
        {
            var document = new Dictionary<string, object> { ["topic"] = topic.Key, ["questions"] = topic.Select(g => g.Yaml).ToList() };
            File.WriteAllText(Path.Combine(target, "questions", topic.Key + ".yaml"), serializer.Serialize(document));
        }
    }

    private static Dictionary<string, object> Question(Question q, string id, string objective, string viTail, string enTail)
    {
        var yaml = new Dictionary<string, object>
        {
            ["id"] = id,
            ["difficulty"] = q.Difficulty,
            ["kind"] = q.Kind == QuestionKind.Single ? "single" : "dilemma",
            ["objective"] = objective,
        };
        if (q.Kind == QuestionKind.Single)
        {
            yaml["answer"] = q.Grades.First(g => g.Value == OptionGrade.Best).Key;
        }
        else
        {
            yaml["grades"] = q.Grades.ToDictionary(g => g.Key, g => g.Value.ToString().ToLowerInvariant());
        }

        yaml["references"] = q.References.Select(r => new Dictionary<string, string?>
        {
            ["doc"] = r.DocumentId, ["article"] = r.Article, ["clause"] = r.Clause, ["point"] = r.Point,
        }.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value)).ToList();
        yaml["vi"] = Text(q.Vi, viTail);
        yaml["en"] = Text(q.En, enTail);
        return yaml;
    }

    private static Dictionary<string, object> Text(QuestionText text, string tail) => new()
    {
        ["stem"] = Trim(text.Stem, 80) + " " + tail,
        ["options"] = text.Options.Select(o => new Dictionary<string, string> { ["id"] = o.Id, ["text"] = o.Text, ["feedback"] = o.Feedback }).ToList(),
        ["explanation"] = text.Explanation,
    };

    // At a word boundary: a syllable cut in half ("khoản" → "khoả") is a spelling error the validator rightly reports.
    private static string Trim(string text, int max) => text.Length <= max ? text : text[..Math.Max(text.LastIndexOf(' ', max), 1)];

    private static string Tail(string[] words, Random random) =>
        string.Join(' ', Enumerable.Range(0, 45).Select(_ => words[random.Next(words.Length)])) + ".";

    private static string[] Words(IEnumerable<string> stems) =>
        [.. stems.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Trim(',', '.', '?', ':', ';', '"', '(', ')')).Where(w => w.Length > 1).Distinct()];
}
