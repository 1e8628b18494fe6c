namespace EthicsBot.Content.Loading;

/// <summary>
/// Reads one YAML mapping against the keys the format allows. Unknown and duplicate keys, wrong node
/// shapes and missing required keys are reported where they occur, so a typo never passes silently.
/// </summary>
internal sealed class MappingReader
{
    private readonly Dictionary<string, YamlNode> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceMark> keyMarks = new(StringComparer.Ordinal);
    private readonly ContentDiagnostics diagnostics;

    private MappingReader(YamlMappingNode node, string path, ContentDiagnostics diagnostics, string[] keys)
    {
        this.diagnostics = diagnostics;
        Path = path;
        At = SourceMark.Of(path, node.Start);
        foreach (var (keyNode, value) in node.Children)
        {
            var keyMark = SourceMark.Of(path, keyNode.Start);
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                diagnostics.Error(keyMark, "a key must be a plain word");
            }
            else if (!keys.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Error(keyMark, $"unknown key '{key}' (allowed: {string.Join(", ", keys)})");
            }
            else if (values.TryAdd(key, value))
            {
                keyMarks.Add(key, keyMark);
            }
            else
            {
                diagnostics.Error(keyMark, $"duplicate key '{key}'");
            }
        }
    }

    public string Path { get; }

    public SourceMark At { get; }

    /// <summary>Opens <paramref name="node"/> as a mapping with the given keys, or reports that it is not one.</summary>
    public static MappingReader? Open(YamlNode node, string path, ContentDiagnostics diagnostics, params string[] keys)
    {
        if (node is YamlMappingNode mapping)
        {
            return new MappingReader(mapping, path, diagnostics, keys);
        }

        diagnostics.Error(SourceMark.Of(path, node.Start), $"expected a mapping with keys {string.Join(", ", keys)}");
        return null;
    }

    public bool Has(string key) => values.ContainsKey(key);

    /// <summary>Where the key itself is written, or the mapping when the key is absent.</summary>
    public SourceMark KeyMarkOf(string key) => keyMarks.GetValueOrDefault(key, At);

    /// <summary>Where the value of <paramref name="key"/> starts, or the mapping itself when the key is absent.</summary>
    public SourceMark MarkOf(string key) => values.TryGetValue(key, out var node) ? SourceMark.Of(Path, node.Start) : At;

    public RawScalar? Required(string key) => Scalar(key, required: true);

    public RawScalar? Optional(string key) => Scalar(key, required: false);

    public MappingReader? Mapping(string key, bool required, params string[] keys)
    {
        var node = Node(key, required);
        return node is null ? null : Open(node, Path, diagnostics, keys);
    }

    /// <summary>The items of a list; null when absent or not a list (both reported when they matter).</summary>
    public IReadOnlyList<YamlNode>? Sequence(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        diagnostics.Error(SourceMark.Of(Path, node.Start), $"'{key}' must be a list");
        return null;
    }

    /// <summary>A text given in both languages: <c>{ vi: ..., en: ... }</c>.</summary>
    public RawText? Text(string key, bool required)
    {
        var mapping = Mapping(key, required, "vi", "en");
        return mapping is null ? null : new RawText(mapping.At, mapping.Required("vi"), mapping.Required("en"));
    }

    /// <summary>Reads a scalar node found outside a mapping (list items, mapping values of free-form maps).</summary>
    public static RawScalar? ScalarOf(YamlNode node, string path, string what, ContentDiagnostics diagnostics)
    {
        var mark = SourceMark.Of(path, node.Start);
        if (node is not YamlScalarNode scalar)
        {
            diagnostics.Error(mark, $"{what} must be a single value, not a list or mapping");
            return null;
        }

        var value = scalar.Value.Trim();
        var isNull = value.Length == 0
            || (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && value is "~" or "null" or "Null" or "NULL");
        return isNull ? null : new RawScalar(value, mark);
    }

    private RawScalar? Scalar(string key, bool required)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }

        var scalar = ScalarOf(node, Path, $"'{key}'", diagnostics);
        if (scalar is null && required && node is YamlScalarNode)
        {
            diagnostics.Error(SourceMark.Of(Path, node.Start), $"'{key}' is empty");
        }

        return scalar;
    }

    private YamlNode? Node(string key, bool required)
    {
        if (values.TryGetValue(key, out var node))
        {
            return node;
        }

        if (required)
        {
            diagnostics.Error(At, $"missing '{key}'");
        }

        return null;
    }
}
