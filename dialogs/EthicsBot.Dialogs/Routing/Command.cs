namespace EthicsBot.Dialogs.Routing;

using EthicsBot.Dialogs.Daily;
using EthicsBot.Domain;

/// <summary>What the user asked for, whether typed or pressed. A closed family, kept in one file.</summary>
public abstract record Command;

public sealed record GreetingCommand : Command;

public sealed record HelpCommand : Command;

/// <summary>"quiz", "bắt đầu …"; <see cref="Topic"/> is the typed topic word (id, alias or name) or a topic id from a card.</summary>
public sealed record StartQuizCommand(string? Topic) : Command;

/// <summary>An answer. Typed answers carry no session or question: they answer the current question.</summary>
public sealed record AnswerCommand(string OptionId, string? SessionId = null, string? QuestionId = null) : Command;

/// <summary>"next"/"tiếp", or the Next button of an answered card (which names its session and question).</summary>
public sealed record NextCommand(string? SessionId = null, string? QuestionId = null) : Command;

/// <summary>"stop"/"huỷ": cancels a pending data deletion, else ends the running quiz.</summary>
public sealed record StopCommand : Command;

public sealed record ProgressCommand : Command;

public sealed record WhyCommand : Command;

/// <summary>A language switch; a null locale asks which language.</summary>
public sealed record LanguageCommand(Locale? Locale) : Command;

public sealed record MyDataCommand : Command;

public sealed record DeleteDataCommand : Command;

public sealed record ConfirmDeleteCommand : Command;

/// <summary>The "keep my data" button: cancels a pending deletion and nothing else.</summary>
public sealed record CancelDeleteCommand : Command;

/// <summary>
/// Daily-quiz settings. <see cref="Invalid"/> marks a command whose argument made no sense ("daily 25:00"):
/// the settings are shown with the usage instead of guessing.
/// </summary>
public sealed record DailyCommand(DailyAction Action, TimeOnly? Time = null, int? Days = null, bool Invalid = false) : Command;

/// <summary>Free text that is not a command: a question about conduct, answered from the bank (<see cref="Text"/> as typed).</summary>
public sealed record AskCommand(string Text) : Command;

/// <summary>The "try this scenario" button under an answer: a one-question quiz on that question.</summary>
public sealed record ScenarioCommand(string QuestionId) : Command;

/// <summary>
/// "Báo lỗi câu hỏi / Report a problem": from a card it names its session and question; typed, it reports the
/// learner's last answered question. A null reason asks the learner to pick one.
/// </summary>
public sealed record ReportCommand(Persistence.Feedback.ReportReason? Reason, string? Note, string? SessionId = null, string? QuestionId = null) : Command;

/// <summary>"đơn vị"/"unit": shows the user's unit and a search; <see cref="Query"/> searches, <see cref="UnitId"/> (a card button) picks.</summary>
public sealed record UnitCommand(string? Query = null, string? UnitId = null) : Command;

public sealed record UnknownCommand : Command;
