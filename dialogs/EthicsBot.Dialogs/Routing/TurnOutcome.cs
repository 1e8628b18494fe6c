namespace EthicsBot.Dialogs.Routing;

using Newtonsoft.Json.Linq;

/// <summary>What a flow decided: the new state and the cards to show.</summary>
public sealed record TurnOutcome
{
    public required ConversationData State { get; init; }

    /// <summary>
    /// The card that answers the pressed button. For an Action.Execute invoke it replaces the card in place;
    /// for an Action.Submit or typed message it is sent as a new message before <see cref="Cards"/>.
    /// </summary>
    public JToken? Replacement { get; init; }

    /// <summary>New messages, in order. A card is a tree (<see cref="JObject"/>) or written JSON (<see cref="Cards.PreparedCard"/>).</summary>
    public IReadOnlyList<JToken> Cards { get; init; } = [];

    /// <summary>
    /// Work that produces one more message after the cards are sent (a model explanation). The router shows a typing
    /// indicator while it runs, and only on typed messages: a card click is answered at once and never waits for it.
    /// </summary>
    public Func<CancellationToken, Task<FollowUpMessage?>>? FollowUp { get; init; }

    /// <summary>The user's data was erased: drop the conversation state instead of saving it.</summary>
    public bool StateDeleted { get; init; }

    public static TurnOutcome Send(ConversationData state, params JToken[] cards) => new() { State = state, Cards = cards };

    public static TurnOutcome Replace(ConversationData state, JToken replacement, params JToken[] cards) =>
        new() { State = state, Replacement = replacement, Cards = cards };
}
