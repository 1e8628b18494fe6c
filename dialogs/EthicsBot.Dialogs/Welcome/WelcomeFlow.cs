namespace EthicsBot.Dialogs.Welcome;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Help;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>Greeting, help, and the reply to anything the bot does not understand.</summary>
public sealed class WelcomeFlow(IOptions<QuizOptions> options, IOptions<DailyQuizOptions> daily, ILogger<WelcomeFlow> logger)
{
    public TurnOutcome Welcome(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Log.Welcomed(logger, input.UserId, input.ConversationId, input.ActivityId);
        var dailyLine = daily.Value.EnrolOnInstall ? input.Strings.WelcomeDaily(daily.Value.DefaultTime, daily.Value.QuestionsPerDay) : null;
        var card = WelcomeCard.Build(input.Strings, input.Profile.DisplayName, options.Value.SessionLength, dailyLine);
        return TurnOutcome.Send(input.State with { Welcomed = true }, card);
    }

    /// <summary>For install events: Teams sends both an installation and a conversation update, so greet once.</summary>
    public TurnOutcome Greet(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.State.Welcomed ? TurnOutcome.Send(input.State) : Welcome(input);
    }

    public TurnOutcome Help(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TurnOutcome.Send(input.State, HelpCard.Build(input.Strings, options.Value.SessionLength));
    }

    public TurnOutcome Unknown(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Log.UnknownCommand(logger, input.UserId, input.ConversationId, input.ActivityId);
        var strings = input.Strings;
        return TurnOutcome.Send(input.State, NoticeCard.Build(strings.UnknownHint, TextStyle.Normal,
        [
            CardJson.Submit(strings.StartButton, new ButtonData { Verb = CardVerbs.Quiz }),
            CardJson.Submit(strings.HelpButton, new ButtonData { Verb = CardVerbs.Help }),
        ]));
    }
}
