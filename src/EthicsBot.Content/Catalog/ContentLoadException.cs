namespace EthicsBot.Content.Catalog;

using EthicsBot.Content.Loading;

/// <summary>
/// Thrown only at start-up, when the content the bot would serve is invalid: the host must not start on it.
/// The message lists every error, one <c>path:line:col: message</c> per line.
/// </summary>
public sealed class ContentLoadException : Exception
{
    public ContentLoadException(string directory, IReadOnlyList<ContentError> errors)
        : base(Format(directory, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<ContentError> Errors { get; }

    private static string Format(string directory, IReadOnlyList<ContentError> errors) =>
        $"Content in '{directory}' has {errors.Count} error(s); fix them (check with 'content validate'):"
        + Environment.NewLine
        + string.Join(Environment.NewLine, errors);
}
