namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Ask;
using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Feedback;
using EthicsBot.Dialogs.Privacy;
using EthicsBot.Dialogs.Progress;
using EthicsBot.Dialogs.Quizzes;
using EthicsBot.Dialogs.Settings;
using EthicsBot.Dialogs.Welcome;

/// <summary>The flows a <see cref="CommandRoute"/> handler may call; one object so the route table stays static.</summary>
public sealed record Flows(
    WelcomeFlow Welcome,
    QuizFlow Quiz,
    AnswerFlow Answers,
    ProgressFlow Progress,
    ExplainFlow Explain,
    LanguageFlow Language,
    PrivacyFlow Privacy,
    DailySettingsFlow Daily,
    AskFlow Ask,
    FeedbackFlow Feedback,
    Units.UnitFlow Units);
