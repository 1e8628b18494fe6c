namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Daily;
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
        CardVerbs.Language => new LanguageCommand(action.Locale switch
        {
            "vi" => Locale.Vi,
            "en" => Locale.En,
            _ => null,
        }),
        CardVerbs.Daily => Daily(action.Setting),
        CardVerbs.DeleteData => new DeleteDataCommand(),
        CardVerbs.ConfirmDelete => new ConfirmDeleteCommand(),
        CardVerbs.CancelDelete => new CancelDeleteCommand(),
        _ => new UnknownCommand(),
    };

    private static DailyCommand Daily(string? setting) => setting switch
    {
        null => new DailyCommand(DailyAction.Show),
        "on" => new DailyCommand(DailyAction.On),
        "off" => new DailyCommand(DailyAction.Off),
        "resume" => new DailyCommand(DailyAction.Resume),
        _ when setting.StartsWith("pause:", StringComparison.Ordinal)
            && int.TryParse(setting.AsSpan(6), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days)
            => new DailyCommand(DailyAction.Pause, Days: days),
        _ => new DailyCommand(DailyAction.Show, Invalid: true),
    };
}
