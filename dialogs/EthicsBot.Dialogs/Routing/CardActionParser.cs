namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Domain;

/// <summary>Button data to a command. Anything can arrive here (old cards, forged payloads), so nothing is trusted.</summary>
public static class CardActionParser
{
    public static Command Parse(ButtonData? action) => action?.Verb switch
    {
        // A card answer always names its session and question; a missing one is treated as unknown, never as "current".
        CardVerbs.Answer => new AnswerCommand(action.OptionId ?? string.Empty, action.SessionId ?? string.Empty, action.QuestionId ?? string.Empty),
        CardVerbs.Next => new NextCommand(action.SessionId ?? string.Empty, action.QuestionId ?? string.Empty),
        CardVerbs.Quiz => new StartQuizCommand(action.TopicId),
        CardVerbs.Help => new HelpCommand(),
        CardVerbs.Progress => new ProgressCommand(),
        CardVerbs.Why => new WhyCommand(),
        CardVerbs.Language => new LanguageCommand(action.Locale switch
        {
            "vi" => Locale.Vi,
            "en" => Locale.En,
            _ => null,
        }),
        CardVerbs.MyData => new MyDataCommand(),
        CardVerbs.DeleteData => new DeleteDataCommand(),
        CardVerbs.ConfirmDelete => new ConfirmDeleteCommand(),
        CardVerbs.CancelDelete => new CancelDeleteCommand(),
        _ => new UnknownCommand(),
    };
}
