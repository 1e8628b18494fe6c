namespace EthicsBot.Content.Loading;

/// <summary>
/// One problem in a content file. Lines and columns are 1-based, as editors show them, so
/// <c>path:line:col</c> can be pasted into an editor's "go to" box.
/// </summary>
public sealed record ContentError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}:{Line}:{Column}: {Message}";
}
