namespace EthicsBot.Content.Loading;

using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

/// <summary>Turns a file's bytes into its root YAML node, reporting syntax errors with their position instead of throwing.</summary>
internal static class YamlText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static YamlNode? Parse(ContentFile file, ContentDiagnostics diagnostics)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(file.Bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(SourceMark.FileStart(file.DisplayPath), "file is not valid UTF-8");
            return null;
        }

        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text.TrimStart('\uFEFF'))));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            // Errors found after parsing (an alias to an unknown anchor) come without a position.
            var at = ex.Start.Equals(Mark.Empty) ? parser.UnresolvedAlias ?? parser.LastStart : ex.Start;
            diagnostics.Error(SourceMark.Of(file.DisplayPath, at), $"YAML syntax error: {Reason(ex)}");
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet 18.1 throws a bare InvalidOperationException for some unclosed flow collections
            // ("kind: [single" followed by more lines); the last event it read is the best position we have.
            diagnostics.Error(SourceMark.Of(file.DisplayPath, parser.LastStart), "YAML syntax error: unclosed '[', '{' or quote after this point");
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            var message = stream.Documents.Count == 0 ? "file is empty" : "file must hold exactly one YAML document";
            diagnostics.Error(SourceMark.FileStart(file.DisplayPath), message);
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    // The message of a YamlException may repeat the position ("(Line: 3, Col: 5, Idx: 20) - (...): reason");
    // the position is already in the path:line:col prefix, so only the reason is kept.
    private static string Reason(YamlException ex)
    {
        var message = ex.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }

    /// <summary>Remembers where the last event and every alias started, for errors that arrive without a position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        private readonly HashSet<string> anchors = new(StringComparer.Ordinal);
        private readonly List<(string Anchor, Mark Start)> aliases = [];

        public Mark LastStart { get; private set; } = Mark.Empty;

        public Mark? UnresolvedAlias =>
            aliases.Where(a => !anchors.Contains(a.Anchor)).Select(a => (Mark?)a.Start).FirstOrDefault();

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastStart = current.Start;
                if (current is AnchorAlias alias)
                {
                    aliases.Add((alias.Value.Value, alias.Start));
                }
                else if (current is NodeEvent { Anchor.IsEmpty: false } node)
                {
                    anchors.Add(node.Anchor.Value);
                }
            }

            return moved;
        }
    }
}
