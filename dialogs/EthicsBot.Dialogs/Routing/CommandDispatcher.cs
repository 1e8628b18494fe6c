namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Privacy;
using EthicsBot.Dialogs.Progress;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Settings;
using EthicsBot.Dialogs.Welcome;

/// <summary>Sends each command to its flow. Knows nothing of Teams; the router turns the outcome into activities.</summary>
public sealed class CommandDispatcher(
    WelcomeFlow welcome,
    QuizFlow quiz,
    AnswerFlow answers,
    ProgressFlow progress,
    ExplainFlow explain,
    LanguageFlow language,
    PrivacyFlow privacy,
    DailySettingsFlow daily)
{
    public async Task<TurnOutcome> DispatchAsync(TurnInput input, Command command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(command);

        // First contact by message: the welcome comes first, and stands alone when the message meant nothing else.
        var firstContact = input.IsNewUser && !input.State.Welcomed && !input.IsCardAction;
        if (firstContact && command is GreetingCommand or UnknownCommand)
        {
            return welcome.Welcome(input);
        }

        var outcome = command switch
        {
            GreetingCommand => welcome.Welcome(input),
            HelpCommand => welcome.Help(input),
            StartQuizCommand start => await quiz.StartAsync(input, start.Topic, cancellationToken),
            AnswerCommand answer => await answers.AnswerAsync(input, answer, cancellationToken),
            NextCommand next => await quiz.NextAsync(input, next, cancellationToken),
            StopCommand when input.State.DeleteRequestedAt is not null => PrivacyFlow.Cancel(input),
            StopCommand => await quiz.StopAsync(input, cancellationToken),
            ProgressCommand => await progress.ShowAsync(input, cancellationToken),
            WhyCommand => await explain.ExplainAsync(input, cancellationToken),
            LanguageCommand switchTo => await language.SwitchAsync(input, switchTo.Locale, cancellationToken),
            MyDataCommand => await privacy.ShowAsync(input, cancellationToken),
            DeleteDataCommand => privacy.RequestDelete(input),
            ConfirmDeleteCommand => await privacy.ConfirmAsync(input, cancellationToken),
            CancelDeleteCommand => PrivacyFlow.Cancel(input),
            DailyCommand settings => await daily.HandleAsync(input, settings, cancellationToken),
            _ => welcome.Unknown(input),
        };

        if (!firstContact)
        {
            return outcome;
        }

        var greeting = welcome.Welcome(input);
        var replies = greeting.Cards.Concat(outcome.Replacement is null ? [] : [outcome.Replacement]).Concat(outcome.Cards);
        return outcome with { State = outcome.State with { Welcomed = true }, Replacement = null, Cards = [.. replies] };
    }
}
