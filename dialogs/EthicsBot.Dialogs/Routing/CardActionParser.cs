namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Cards;

/// <summary>Button data to a command. Anything can arrive here (old cards, forged payloads), so nothing is trusted.</summary>
public static class CardActionParser
{
    public static Command Parse(ButtonData? action) =>
        action is not null && CommandTable.ByVerb.TryGetValue(action.Verb, out var route) && route.FromButton(action) is { } command
            ? command
            : new UnknownCommand();
}
