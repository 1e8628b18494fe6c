namespace EthicsBot.Dialogs.Strings;

using System.Globalization;
using EthicsBot.Domain;
using EthicsBot.Domain.Content;

public sealed partial class EnStrings : UiStrings
{
    public static EnStrings Instance { get; } = new();

    private EnStrings()
    {
    }

    public override Locale Locale => Locale.En;
    public override string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
    public override string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public override string QuestionProgress(int number, int total) => $"Question {number}/{total}";
    public override string AnswerHint(int optionCount) => $"Reply 1–{optionCount} or a–{(char)('a' + optionCount - 1)}";
    public override string YourChoice => "your answer";
    public override string ResultCorrect => "✅ Correct!";
    public override string ResultWrong => "❌ Not quite.";
    public override string ResultBest => "🌟 The best choice!";
    public override string ResultAcceptable => "👍 Acceptable, but not the best choice.";
    public override string ResultDilemmaWrong => "❌ Not appropriate.";
    public override string CorrectAnswerLabel => "Correct answer";
    public override string BestAnswerLabel => "Best choice";
    public override string ExplanationLabel => "Explanation";
    public override string ReferencesLabel => "Legal basis";
    public override string NextButton => "Next";
    public override string NextHint => "Press \"Next\" or type \"next\".";
    public override string NextQuestionBelow => "The next question is in the message below.";
    public override string NewQuizButton => "New quiz";
    public override string ProgressButton => "My progress";

    public override string SummaryTitle => "Your result";
    public override string SummaryScore(int correct, int answered, double points, double maxPoints, int percent) =>
        $"{correct} of {answered} correct · Score {Number(points)}/{Number(maxPoints)} ({percent}%)";
    public override string ReviewTopics(string topicNames) => $"Worth reviewing: {topicNames}";
    public override string NothingToReview => "No wrong answers. Well done!";

    public override string QuizEnded => "This quiz has ended. Type \"quiz\" to start a new one.";
    public override string AlreadyAnswered => "You have already answered this question; your first answer counts.";
    public override string InvalidAnswer => "This answer is not valid.";
    public override string ChooseAgain => "Please choose one of the options below.";
    public override string NotYourCard => "This card belongs to another person. Type \"quiz\" to start your own.";
    public override string NoQuestionWaiting => "No question is waiting for an answer. Type \"quiz\" to start.";
    public override string QuestionRetired => "This question has been removed from the bank. Type \"quiz\" to start a new quiz.";
    public override string QuestionSkipped => "The question you were on was just removed from the bank, so it is skipped. Here is the next one.";
    public override string NoQuestionsForTopic(string topicName) => $"The topic \"{topicName}\" has no questions yet. Please pick another one.";
    public override string NoQuestionsAtAll => "The question bank is empty. Please tell your administrator.";
    public override string CurrentQuestionAgain => "This is the question you are on:";
    public override string PreviousQuizClosed => "Your unfinished quiz has been closed.";
    public override string QuizStopped(int answered, int total) =>
        $"Quiz stopped ({answered}/{total} answered, all saved). Type \"quiz\" whenever you want another.";
    public override string NothingToStop => "There is nothing in progress to stop.";
    public override string ActionFailed => "Sorry, that did not work. Your answers are saved. Please try again or type \"quiz\".";
    public override string UnknownHint => "I didn't understand that. Type \"quiz\" to start or \"help\" to see the commands.";

    public override string UnknownTopicTitle => "I don't know that topic.";
    public override string TopicCommand(string alias) => $"quiz {alias}";
    public override string TopicListIntro => "These are the topics — tap one or type the command next to it:";

    public override string WelcomeTitle(string? name) => string.IsNullOrWhiteSpace(name) ? "Hello!" : $"Hello {name}!";
    public override string WelcomeBody =>
        "I'm EthicsBot, your companion for public-service conduct in the digital workplace: social networks, "
        + "information security, state secrets and personal data, transparency, electronic documents and integrity. "
        + "About five minutes each workday is enough.";
    public override string WelcomeHowTo(int sessionLength) =>
        $"Type \"quiz\" for a {sessionLength}-question quiz, \"progress\" for your results and \"help\" for every command.";
    public override string StartButton => "Start a quiz";
    public override string HelpButton => "Help";
    public override string OtherLanguageButton => "Tiếng Việt";
    public override Locale OtherLanguage => Locale.Vi;
    public override string HelpTitle => "EthicsBot commands";
    public override string HelpIntro => "Type commands in English or Vietnamese (with or without diacritics).";
    public override string HelpQuiz(int sessionLength) => $"Take a {sessionLength}-question quiz";
    public override string HelpQuizTopic => "Take a quiz on one topic (an unknown name lists the topics)";
    public override string HelpAnswer => "Answer the current question when the buttons do not work";
    public override string HelpNext => "Go to the next question";
    public override string HelpWhy => "See the explanation and legal basis of your last answer again";
    public override string HelpProgress => "Questions answered, accuracy by topic and your workday streak";
    public override string HelpStop => "Stop the current quiz";
    public override string HelpLanguage => "Change the language";
    public override string HelpMyData => "See what EthicsBot stores about you";
    public override string HelpDelete => "Delete all your data";

    public override string LanguageSwitched => "Switched to English. Gõ \"tiếng việt\" để dùng tiếng Việt.";
    public override string LanguageName(Locale locale) => locale == Locale.Vi ? "Vietnamese" : "English";

    public override string ProgressTitle => "Your progress";
    public override string AnsweredLabel => "Questions answered";
    public override string AccuracyLabel => "Accuracy";
    public override string StreakLabel => "Current streak";
    public override string LongestStreakLabel => "Longest streak";
    public override string Workdays(int days) => days == 1 ? "1 workday" : $"{days} workdays";
    public override string StreakNote => "A streak counts workdays with answers; weekends and public holidays do not break it.";
    public override string ByTopicHeading => "By topic";
    public override string TopicResult(int correct, int answered, int percent) => $"{percent}% ({correct}/{answered})";
    public override string TopicCompleted(DateOnly earned) => $"passed on {Date(earned)}";
    public override string CompletionNote => "\"Passed\": every objective of the topic answered right in the last 90 days, on at least two different days.";
    public override string NotTriedYet => "not tried yet";
    public override string NoAnswersYet => "You have not answered any question yet. Type \"quiz\" to take your first quiz.";
    public override string WhyTitle => "Why?";
    public override string NothingToExplain => "There is no answered question to explain yet. Type \"quiz\" to start.";

    public override string MyDataTitle => "What EthicsBot stores about you";
    public override string TeamsIdLabel => "Teams user id";
    public override string AadObjectIdLabel => "Microsoft Entra object id";
    public override string TenantLabel => "Tenant id";
    public override string DisplayNameLabel => "Display name";
    public override string UnitLabel => "Unit";
    public override string LanguageLabel => "Language";
    public override string LanguageValue(Locale locale, bool chosen) => LanguageName(locale) + (chosen ? " (your choice)" : " (from Teams)");
    public override string CreatedLabel => "First contact";
    public override string AnswersStoredLabel => "Answers stored";
    public override string LastAnswerLabel => "Last answer";
    public override string NotSet => "(none)";
    public override string MyDataFooter =>
        "EthicsBot does not store the text you type. Type \"delete my data\" to erase everything above.";
    public override string DeleteConfirmTitle => "Delete all your data?";
    public override string DeleteConfirmBody =>
        "Your profile, every answer, your progress and your streak will be deleted permanently. This cannot be undone.";
    public override string DeleteConfirmHint => "Press \"Delete my data\" or type \"confirm delete\"; type \"cancel\" to keep it.";
    public override string DeleteYes => "Delete my data";
    public override string DeleteNo => "Keep my data";
    public override string DeleteDone => "All your data has been deleted. If you write again, EthicsBot starts from scratch.";
    public override string DeleteCancelled => "Cancelled. Your data is kept.";
    public override string NothingToConfirm => "No deletion is waiting for confirmation. Type \"delete my data\" if you want one.";

    public override string Citation(LegalReference reference, LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var parts = new List<string>();
        if (reference.Article is { } article)
        {
            parts.Add($"Art. {article}");
        }

        if (reference.Clause is { } clause)
        {
            parts.Add($"cl. {clause}");
        }

        if (reference.Point is { } point)
        {
            parts.Add($"pt. {point}");
        }

        parts.Add(DocumentName(document));
        return string.Join(", ", parts);
    }

    public override string DocumentName(LegalDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return IsOfficialNumber(document.Number) ? $"{document.Title.En} No. {document.Number}" : document.Title.En;
    }

    public override string InForce => "in force";
    public override string InForceFrom(DateOnly date) => $"in force from {Date(date)}";
    public override string SupersededBy(string replacement, DateOnly? date) =>
        date is { } on ? $"superseded on {Date(on)} by {replacement}" : $"superseded by {replacement}";
    public override string ToBeSupersededBy(string replacement, DateOnly date) => $"in force until {replacement} applies on {Date(date)}";
    public override string NoLongerInForce(DateOnly date) => $"no longer in force since {Date(date)}";
    public override string InForceUntil(DateOnly firstDayOut) => $"in force until {Date(firstDayOut.AddDays(-1))}";

    public override string ReportButton => "Report a problem";
    public override string ReportReasonLabel => "What is wrong with this question?";
    public override string ReasonOutdatedLaw => "Outdated law";
    public override string ReasonWrongAnswer => "Wrong answer";
    public override string ReasonUnclear => "Unclear";
    public override string ReasonOther => "Other";
    public override string ReportNoteLabel => "Anything to add (optional)";
    public override string ReportSend => "Send report";
    public override string ReportThanks => "Thank you! Your report is recorded; an admin will review this question.";
    public override string ReportAlready => "You have already reported this question; an admin will review it.";
    public override string ReportNothing => "There is no answered question to report yet.";
    public override string ReportPickReason => "Pick a reason, then send again.";
    public override string ReportHowTo => "Type \"report\" with a reason: outdated, wrong answer, unclear or other, and a note if you like. Example: report unclear, the stem mixes two cases";
    public override string HelpReport => "Report a problem with your last answered question (outdated law, wrong answer, unclear, other)";
}
