namespace EthicsBot.Dialogs.Explainer;

using EthicsBot.Domain;

public enum ExplainerTask
{
    /// <summary>A free question, answered from the retrieved rules.</summary>
    FreeQuestion,
    /// <summary>"Why?" after an answer: the chosen option against the key of that scenario.</summary>
    Why,
}

/// <summary>A rule of the bank given to the model as context, named by its question id.</summary>
public sealed record ExplainerPassage(string Id, string Text);

/// <summary>A registry document the model may cite, with the articles it may name (none: cite the document only).</summary>
public sealed record ExplainerSource(string DocumentId, string Number, string Title, IReadOnlyList<string> Articles);

/// <summary>
/// Everything a model may see: the task, the language, the user's text already scrubbed of personal data, the
/// retrieved passages and the registry entries. Nothing about the user: no id, name or tenant.
/// </summary>
public sealed record ExplainerPrompt(
    ExplainerTask Task, Locale Locale, string Question, IReadOnlyList<ExplainerPassage> Passages, IReadOnlyList<ExplainerSource> Sources)
{
    /// <summary>Set for answers that depend only on content (a "why" for one option): the implementation may cache by it.</summary>
    public string? CacheKey { get; init; }
}

public enum ExplainerOutcome
{
    Answered,
    Timeout,
    RateLimited,
    ServerError,
    ContentFiltered,
    CircuitOpen,
    Failed,
}

/// <summary>What the model said, or why it said nothing. Token counts are 0 for a cached answer.</summary>
public sealed record ExplainerReply(ExplainerOutcome Outcome, string? Text = null, int InputTokens = 0, int OutputTokens = 0, bool FromCache = false);

/// <summary>
/// The optional model behind free questions and "why". The bot works without one: <see cref="IsConfigured"/> is
/// false and no caller asks. Implementations never throw for a failed call; they return the outcome.
/// </summary>
public interface IExplainer
{
    bool IsConfigured { get; }

    Task<ExplainerReply> ExplainAsync(ExplainerPrompt prompt, CancellationToken cancellationToken);
}

/// <summary>No model configured.</summary>
public sealed class NoExplainer : IExplainer
{
    public bool IsConfigured => false;

    public Task<ExplainerReply> ExplainAsync(ExplainerPrompt prompt, CancellationToken cancellationToken) =>
        Task.FromResult(new ExplainerReply(ExplainerOutcome.Failed));
}
