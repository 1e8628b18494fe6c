namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;

/// <summary>Typed text as the user sent it and as commands match it (folded, punctuation gone, single spaces).</summary>
public sealed record TypedText(string Original, string Words);

/// <summary>One line of the help card: the words to type and what they do in the user's language.</summary>
public sealed record HelpLine(string Words, Func<UiStrings, int, string> Describe);

/// <summary>
/// Everything the bot knows about one kind of command: how it is typed, which button sends it, how the help
/// card lists it, and which flow handles it. <see cref="CommandTable"/> holds one per command type, so a new
/// command is one entry there (plus its record and strings); RouteTableTests fail when a piece is missing.
/// </summary>
public abstract record CommandRoute
{
    public abstract Type CommandType { get; }

    /// <summary>Exact typed phrases, folded (no diacritics, lower case, single spaces).</summary>
    public IReadOnlyList<string> Vi { get; init; } = [];
    public IReadOnlyList<string> En { get; init; } = [];

    /// <summary>Vietnamese words the <see cref="CommandRoute{T}.Pattern"/> starts with; they tell the language of the text.</summary>
    public IReadOnlyList<string> PatternWordsVi { get; init; } = [];

    /// <summary>
    /// A free-text input kind: its pattern runs only after every command phrase and pattern failed, so it can
    /// take what is left (a question) without stealing a command.
    /// </summary>
    public bool FreeText { get; init; }

    /// <summary>The <see cref="CardVerbs"/> value of the button that sends this command, if any.</summary>
    public string? Verb { get; init; }

    public IReadOnlyList<HelpLine> Help { get; init; } = [];

    /// <summary>Why a typed command is left off the help card (greetings, confirmations); required in that case.</summary>
    public string? NotInHelp { get; init; }

    internal abstract Command? FromPhrase();

    internal abstract Command? FromPattern(TypedText text);

    internal abstract Command? FromButton(ButtonData data);

    internal abstract Task<TurnOutcome> HandleAsync(Flows flows, TurnInput input, Command command, CancellationToken cancellationToken);
}

/// <summary>A route for <typeparamref name="T"/>; the handler is a constructor argument, so a route cannot exist without one.</summary>
public sealed record CommandRoute<T>(Func<Flows, TurnInput, T, CancellationToken, Task<TurnOutcome>> Handler) : CommandRoute
    where T : Command
{
    public override Type CommandType => typeof(T);

    /// <summary>The command the exact phrases stand for.</summary>
    public Func<T>? Create { get; init; }

    /// <summary>Parses typed text this route understands beyond exact phrases; null when it does not.</summary>
    public Func<TypedText, T?>? Pattern { get; init; }

    public Func<ButtonData, T>? Button { get; init; }

    internal override Command? FromPhrase() => Create?.Invoke();

    internal override Command? FromPattern(TypedText text) => Pattern?.Invoke(text);

    internal override Command? FromButton(ButtonData data) => Button?.Invoke(data);

    internal override Task<TurnOutcome> HandleAsync(Flows flows, TurnInput input, Command command, CancellationToken cancellationToken) =>
        Handler(flows, input, (T)command, cancellationToken);
}
