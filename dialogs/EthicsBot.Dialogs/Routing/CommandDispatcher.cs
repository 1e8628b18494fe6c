namespace EthicsBot.Dialogs.Routing;

/// <summary>Sends each command to the handler its <see cref="CommandTable"/> entry names. Knows nothing of Teams.</summary>
public sealed class CommandDispatcher(Flows flows)
{
    public async Task<TurnOutcome> DispatchAsync(TurnInput input, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(command);

        // First contact by message: the welcome comes first, and stands alone when the message meant nothing else.
        var firstContact = input.IsNewUser && !input.State.Welcomed && !input.IsCardAction;
        if (firstContact && command is GreetingCommand or UnknownCommand)
        {
            return flows.Welcome.Welcome(input);
        }

        var outcome = await CommandTable.For(command).HandleAsync(flows, input, command, cancellationToken);
        if (!firstContact)
        {
            return outcome;
        }

        var greeting = flows.Welcome.Welcome(input);
        var replies = greeting.Cards.Concat(outcome.Replacement is null ? [] : [outcome.Replacement]).Concat(outcome.Cards);
        return outcome with { State = outcome.State with { Welcomed = true }, Replacement = null, Cards = [.. replies] };
    }
}
