namespace EthicsBot.Content.Validation;

using System.Text.RegularExpressions;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

/// <summary>How far a set of questions can be answered without knowing the rule: by length, or by giveaway words.</summary>
public sealed record ItemWritingStats(
    int Questions,
    int KeyLongest,
    double MedianKeyRatio,
    IReadOnlyList<GiveawayCount> Giveaways)
{
    public double KeyLongestShare => Questions == 0 ? 0 : (double)KeyLongest / Questions;
}

/// <summary>Options containing a giveaway pattern, and how many of them are the key.</summary>
public sealed record GiveawayCount(string Pattern, int Options, int Keys)
{
    /// <summary>Seen often enough to teach a learner a rule of thumb, and always on one side.</summary>
    public bool IsCue => Options >= ItemWriting.MinCueOccurrences && (Keys == 0 || Keys == Options);
}

/// <summary>The item-writing measures of content/README.md, for the validator, <c>content report</c> and tests.</summary>
public static partial class ItemWriting
{
    /// <summary>Bank-wide ceiling for the share of questions whose key is the longest option (chance is about 25%).</summary>
    public const double MaxKeyLongestShare = 0.35;
    /// <summary>The same ceiling for one topic, which has fewer questions and so more noise.</summary>
    public const double MaxKeyLongestShareInTopic = 0.45;
    /// <summary>Ceiling for the median of key length / mean length of the other options.</summary>
    public const double MaxMedianKeyRatio = 1.15;
    public const int MinCueOccurrences = 3;
    /// <summary>Below this many questions a share or a median says more about chance than about the writing.</summary>
    public const int MinQuestionsMeasured = 10;

    private static readonly (Locale Locale, string Name, Regex Pattern)[] GiveawayPatterns =
    [
        (Locale.Vi, "luôn", Words("luôn")),
        (Locale.Vi, "tuyệt đối", Words("tuyệt đối")),
        (Locale.Vi, "chỉ cần", Words("chỉ cần")),
        (Locale.Vi, "không bao giờ", Words("không bao giờ")),
        (Locale.Vi, "mọi trường hợp", Words("mọi trường hợp")),
        (Locale.En, "always", Words("always")),
        (Locale.En, "never", Words("never")),
        (Locale.En, "just", Words("just")),
        (Locale.En, "only need", Words("only needs?")),
    ];

    /// <summary>The key for a single question; the best option for a dilemma.</summary>
    public static string KeyOf(Question question) =>
        question.Grades.First(g => g.Value == OptionGrade.Best).Key;

    public static ItemWritingStats Measure(IReadOnlyCollection<Question> questions, Locale locale)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var longest = 0;
        var ratios = new List<double>(questions.Count);
        foreach (var question in questions)
        {
            var key = KeyOf(question);
            var options = question.For(locale).Options;
            var keyLength = Length(options.First(o => o.Id == key).Text);
            var others = options.Where(o => o.Id != key).Select(o => Length(o.Text)).ToList();
            longest += keyLength >= others.Max() ? 1 : 0;
            ratios.Add(keyLength / others.Average());
        }

        var giveaways = GiveawayPatterns.Where(p => p.Locale == locale).Select(p =>
        {
            var hits = questions.SelectMany(q => q.For(locale).Options.Where(o => p.Pattern.IsMatch(o.Text)).Select(o => o.Id == KeyOf(q))).ToList();
            return new GiveawayCount(p.Name, hits.Count, hits.Count(isKey => isKey));
        }).Where(g => g.Options > 0).ToList();
        return new ItemWritingStats(questions.Count, longest, Median(ratios), giveaways);
    }

    /// <summary>"All of the above" and its kin: options that point at other options cannot be shuffled or graded alone.</summary>
    public static bool PointsAtOtherOptions(string optionText) => AboveOptions().IsMatch(optionText);

    /// <summary>Characters as a reader counts them: runs of white space count once, ends not at all.</summary>
    internal static double Length(string text)
    {
        var length = 0;
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            length += space ? 2 : 1;
            space = false;
        }

        return length;
    }

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static Regex Words(string phrase) =>
        new($@"(?<![\p{{L}}\p{{M}}]){phrase}(?![\p{{L}}\p{{M}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"(tất cả|cả ba|không có) (các )?(phương án|đáp án|ý|lựa chọn) (trên|nào)|\bcả [a-d] và [a-d]\b|\b(all|none) of the above\b|\bboth [a-d] and [a-d]\b|\bneither [a-d] nor [a-d]\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboveOptions();
}
