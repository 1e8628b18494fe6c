namespace EthicsBot.Content.Workbook;

using System.Text.RegularExpressions;

/// <summary>
/// A questions/*.yaml file cut into its header (comments, <c>topic:</c>, <c>questions:</c>) and one slice of text per
/// question, from its <c>  - id:</c> line to the next one. An import keeps the slices of unchanged questions
/// byte for byte, comments and line breaks included, and writes only what changed.
/// </summary>
internal sealed partial record QuestionFile(string Path, string Text, string? Topic, string Header, IReadOnlyList<(string Id, string Slice)> Slices)
{
    public static IReadOnlyList<QuestionFile> Scan(string contentDir)
    {
        var root = System.IO.Path.Combine(contentDir, ContentFolders.Questions);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.'))
            .Select(f => System.IO.Path.GetRelativePath(contentDir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(rel => Parse(rel, File.ReadAllText(System.IO.Path.Combine(contentDir, rel))))];
    }

    public static QuestionFile Parse(string path, string text)
    {
        var topic = TopicLine().Match(text) is { Success: true } t ? t.Groups[1].Value : null;
        var starts = ItemLine().Matches(text).Select(m => (m.Index, Id: m.Groups[1].Value)).ToList();
        if (starts.Count == 0)
        {
            return new QuestionFile(path, text, topic, text, []);
        }

        var slices = starts.Select((s, i) => (s.Id, text[s.Index..(i + 1 < starts.Count ? starts[i + 1].Index : text.Length)])).ToList();
        return new QuestionFile(path, text, topic, text[..starts[0].Index], slices);
    }

    [GeneratedRegex(@"^topic:[ \t]*([^\s#]+)", RegexOptions.Multiline)]
    private static partial Regex TopicLine();

    [GeneratedRegex(@"^  - id:[ \t]*([^\s#]+)[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex ItemLine();
}

internal static class ContentFolders
{
    public const string Questions = "questions";
}
