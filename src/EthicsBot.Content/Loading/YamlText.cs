namespace EthicsBot.Content.Loading;

using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

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

        var parser = new TrackingParser(new Parser(new StringReader(text.TrimStart('\uFEFF'))));
        List<YamlNode> documents;
        try
        {
            documents = YamlTree.Load(parser);
        }
        catch (YamlException ex)
        {
            var at = ex.Start.Equals(Mark.Empty) ? parser.LastStart : ex.Start;
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

        if (documents.Count != 1)
        {
            var message = documents.Count == 0 ? "file is empty" : "file must hold exactly one YAML document";
            diagnostics.Error(SourceMark.FileStart(file.DisplayPath), message);
            return null;
        }

        return documents[0];
    }

    // The message of a YamlException may repeat the position ("(Line: 3, Col: 5, Idx: 20) - (...): reason");
    // the position is already in the path:line:col prefix, so only the reason is kept.
    private static string Reason(YamlException ex)
    {
        var message = ex.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }

    /// <summary>Remembers where the last event started, for errors that arrive without a position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public Mark LastStart { get; private set; } = Mark.Empty;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastStart = current.Start;
            }

            return moved;
        }
    }
}
