namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain;
using EthicsBot.Persistence.Users;

/// <summary>Everything a flow may know about a turn; flows never see the Bot Framework turn context.</summary>
public sealed record TurnInput
{
    public required UserProfile Profile { get; init; }
    public required Locale Locale { get; init; }
    public required ConversationData State { get; init; }
    public required string ConversationId { get; init; }
    public string? ActivityId { get; init; }
    /// <summary>True on the first turn the bot ever sees from this user.</summary>
    public bool IsNewUser { get; init; }
    /// <summary>True when the turn came from a card button (Action.Execute or Action.Submit), not typed text.</summary>
    public bool IsCardAction { get; init; }
    /// <summary>
    /// Asks Teams for the user's principal name (a connector call, so only a flow that needs it calls it: the unit
    /// flow, to match a roster by name). Null outside Teams; the lookup answers null when Teams does not say.
    /// </summary>
    public Func<CancellationToken, Task<string?>>? PrincipalName { get; init; }

    /// <summary>Names of people the turn mentions in Teams (colleagues), scrubbed from anything sent to a model.</summary>
    public IReadOnlyList<string> MentionedNames { get; init; } = [];

    public string UserId => Profile.UserId;

    public UiStrings Strings => UiStrings.For(Locale);
}
