namespace EthicsBot.Content.Answers;

using EthicsBot.Content.Search;

/// <summary>
/// Text to retrieval terms: folded syllables (no case, no diacritics) plus each pair of neighbouring syllables.
/// Vietnamese words are mostly two syllables, so the pair "bi mat"+"nha nuoc" carries the meaning that single
/// syllables like "nha" (house, state, home) do not; inverse document frequency then keeps common syllables cheap.
/// </summary>
public static class SearchTerms
{
    // Function words of both languages. Only unigrams are dropped: a pair like "co duoc" is kept and IDF prices it.
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "toi", "ban", "minh", "em", "anh", "chi", "co", "duoc", "khong", "la", "gi", "the", "nao", "thi", "va", "cua",
        "cho", "voi", "trong", "nay", "do", "mot", "nhung", "cac", "khi", "neu", "de", "nen", "phai", "can", "ai", "o",
        "vay", "a", "oi", "nhe", "chu", "hay", "hoac", "bi", "ve", "tu", "den", "ra", "vao", "len", "sao", "nhu", "con",
        "da", "dang", "se", "roi", "theo", "tai", "vi", "ma", "thuoc", "tren", "duoi", "nguoi", "xa", "phuong",
        "the", "an", "i", "to", "of", "is", "can", "do", "does", "what", "how", "should", "my", "me", "in", "on",
        "for", "and", "or", "it", "be", "are", "with", "about", "if", "when", "may", "this", "that", "we", "you",
        "our", "at", "by", "from", "as", "not", "any", "there", "which", "who", "has", "have", "am", "will", "would",
        "must", "so", "into", "than", "then", "they", "them", "their", "its", "was", "were", "been", "also", "just",
        "your", "us", "one", "some", "all", "no", "yes", "ok", "please", "allowed", "commune", "ward",
    };

    /// <summary>Folded, lightly stemmed syllables in order (English plurals and -ing/-ed endings removed).</summary>
    public static string[] Syllables(string text) => [.. VietnameseText.Words(text).Select(Stem)];

    /// <summary>The terms of a text with their counts: content syllables and neighbour pairs.</summary>
    public static Dictionary<string, double> Count(string text, double weight = 1)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(counts, text, weight);
        return counts;
    }

    public static void Add(Dictionary<string, double> counts, string text, double weight)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var words = Syllables(text);
        for (var i = 0; i < words.Length; i++)
        {
            if (!Stop.Contains(words[i]))
            {
                counts[words[i]] = counts.GetValueOrDefault(words[i]) + weight;
            }

            if (i + 1 < words.Length && !(Stop.Contains(words[i]) && Stop.Contains(words[i + 1])))
            {
                var pair = words[i] + "_" + words[i + 1];
                counts[pair] = counts.GetValueOrDefault(pair) + weight;
            }
        }
    }

    // Vietnamese syllables never end in -s, -ed or -ing after folding, so these endings are English only.
    private static string Stem(string word) =>
        word.Length < 4 || !word.All(char.IsAsciiLetterLower) ? word
        : word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 ? word[..^3]
        : word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 ? word[..^2]
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;
}
