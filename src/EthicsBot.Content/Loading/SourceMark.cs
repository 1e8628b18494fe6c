namespace EthicsBot.Content.Loading;

using YamlDotNet.Core;

/// <summary>Where a node sits in a content file; every parsed value carries one so rules can point at it.</summary>
internal readonly record struct SourceMark(string Path, int Line, int Column)
{
    public static SourceMark Of(string path, Mark mark) => new(path, (int)mark.Line, (int)mark.Column);

    public static SourceMark FileStart(string path) => new(path, 1, 1);

    public ContentError Error(string message) => new(Path, Line, Column, message);
}

/// <summary>A scalar value as written, trimmed, with its position.</summary>
internal sealed record RawScalar(string Value, SourceMark At);
