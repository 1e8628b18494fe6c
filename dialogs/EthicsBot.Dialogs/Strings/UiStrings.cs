namespace EthicsBot.Dialogs.Strings;

using EthicsBot.Domain;
using EthicsBot.Domain.Content;

/// <summary>
/// Every sentence the bot says, per language. Abstract members make a missing translation a compile
/// error rather than an English fallback in a Vietnamese chat.
/// </summary>
public abstract partial class UiStrings
{
    public static UiStrings For(Locale locale) => locale == Locale.Vi ? ViStrings.Instance : EnStrings.Instance;

    public abstract Locale Locale { get; }
    public abstract string Number(double value);
    public abstract string Date(DateOnly date);

    // Questions and answers
    public abstract string QuestionProgress(int number, int total);
    public abstract string AnswerHint(int optionCount);
    public abstract string YourChoice { get; }
    public abstract string ResultCorrect { get; }
    public abstract string ResultWrong { get; }
    public abstract string ResultBest { get; }
    public abstract string ResultAcceptable { get; }
    public abstract string ResultDilemmaWrong { get; }
    public abstract string CorrectAnswerLabel { get; }
    public abstract string BestAnswerLabel { get; }
    public abstract string ExplanationLabel { get; }
    public abstract string ReferencesLabel { get; }
    public abstract string NextButton { get; }
    public abstract string NextHint { get; }
    public abstract string NextQuestionBelow { get; }
    public abstract string NewQuizButton { get; }
    public abstract string ProgressButton { get; }

    // Session summary
    public abstract string SummaryTitle { get; }
    public abstract string SummaryScore(int correct, int answered, double points, double maxPoints, int percent);
    public abstract string ReviewTopics(string topicNames);
    public abstract string NothingToReview { get; }

    // Notices for actions that do not count
    public abstract string QuizEnded { get; }
    public abstract string AlreadyAnswered { get; }
    public abstract string InvalidAnswer { get; }
    public abstract string ChooseAgain { get; }
    public abstract string NotYourCard { get; }
    public abstract string NoQuestionWaiting { get; }
    public abstract string QuestionRetired { get; }

    /// <summary>The question on screen was removed by a reload; the next one follows.</summary>
    public abstract string QuestionSkipped { get; }
    public abstract string NoQuestionsForTopic(string topicName);
    public abstract string NoQuestionsAtAll { get; }
    public abstract string CurrentQuestionAgain { get; }
    public abstract string PreviousQuizClosed { get; }
    public abstract string QuizStopped(int answered, int total);
    public abstract string NothingToStop { get; }
    public abstract string ActionFailed { get; }
    public abstract string UnknownHint { get; }

    // Topics
    public abstract string UnknownTopicTitle { get; }
    public abstract string TopicListIntro { get; }
    public abstract string TopicCommand(string alias);

    // Welcome and help
    public abstract string WelcomeTitle(string? name);
    public abstract string WelcomeBody { get; }
    public abstract string WelcomeHowTo(int sessionLength);
    public abstract string StartButton { get; }
    public abstract string HelpButton { get; }
    public abstract string OtherLanguageButton { get; }
    public abstract Locale OtherLanguage { get; }
    public abstract string HelpTitle { get; }
    public abstract string HelpIntro { get; }
    public abstract string HelpQuiz(int sessionLength);
    public abstract string HelpQuizTopic { get; }
    public abstract string HelpAnswer { get; }
    public abstract string HelpNext { get; }
    public abstract string HelpWhy { get; }
    public abstract string HelpProgress { get; }
    public abstract string HelpStop { get; }
    public abstract string HelpLanguage { get; }
    public abstract string HelpMyData { get; }
    public abstract string HelpDelete { get; }

    // Language
    public abstract string LanguageSwitched { get; }
    public abstract string LanguageName(Locale locale);

    // Progress and explanations
    public abstract string ProgressTitle { get; }
    public abstract string AnsweredLabel { get; }
    public abstract string AccuracyLabel { get; }
    public abstract string StreakLabel { get; }
    public abstract string LongestStreakLabel { get; }
    public abstract string Workdays(int days);
    public abstract string StreakNote { get; }
    public abstract string ByTopicHeading { get; }
    public abstract string TopicResult(int correct, int answered, int percent);
    public abstract string NotTriedYet { get; }
    public abstract string TopicCompleted(DateOnly earned);
    public abstract string CompletionNote { get; }
    public abstract string NoAnswersYet { get; }
    public abstract string WhyTitle { get; }
    public abstract string NothingToExplain { get; }

    // Personal data
    public abstract string MyDataTitle { get; }
    public abstract string TeamsIdLabel { get; }
    public abstract string AadObjectIdLabel { get; }
    public abstract string TenantLabel { get; }
    public abstract string DisplayNameLabel { get; }
    public abstract string UnitLabel { get; }
    public abstract string LanguageLabel { get; }
    public abstract string LanguageValue(Locale locale, bool chosen);
    public abstract string CreatedLabel { get; }
    public abstract string AnswersStoredLabel { get; }
    public abstract string LastAnswerLabel { get; }
    public abstract string NotSet { get; }
    public abstract string MyDataFooter { get; }
    public abstract string DeleteConfirmTitle { get; }
    public abstract string DeleteConfirmBody { get; }
    public abstract string DeleteConfirmHint { get; }
    public abstract string DeleteYes { get; }
    public abstract string DeleteNo { get; }
    public abstract string DeleteDone { get; }
    public abstract string DeleteCancelled { get; }
    public abstract string NothingToConfirm { get; }

    // Legal references
    /// <summary>"Điều 14, Luật Cán bộ, công chức số 80/2025/QH15" / "Art. 14, Law on Cadres and Civil Servants No. 80/2025/QH15".</summary>
    public abstract string Citation(LegalReference reference, LegalDocument document);
    public abstract string DocumentName(LegalDocument document);
    public abstract string InForce { get; }
    public abstract string InForceFrom(DateOnly date);
    public abstract string SupersededBy(string replacement, DateOnly? date);
    public abstract string ToBeSupersededBy(string replacement, DateOnly date);
    public abstract string NoLongerInForce(DateOnly date);
    public abstract string InForceUntil(DateOnly firstDayOut);

    /// <summary>Whether a registry number reads as an official number ("80/2025/QH15") rather than a placeholder name.</summary>
    protected static bool IsOfficialNumber(string number) => number.Contains('/', StringComparison.Ordinal);

    // Learners' reports of a wrong question.
    public abstract string ReportButton { get; }
    public abstract string ReportReasonLabel { get; }
    public abstract string ReasonOutdatedLaw { get; }
    public abstract string ReasonWrongAnswer { get; }
    public abstract string ReasonUnclear { get; }
    public abstract string ReasonOther { get; }
    public abstract string ReportNoteLabel { get; }
    public abstract string ReportSend { get; }
    public abstract string ReportThanks { get; }
    public abstract string ReportAlready { get; }
    public abstract string ReportNothing { get; }
    public abstract string ReportPickReason { get; }
    public abstract string ReportHowTo { get; }
    public abstract string HelpReport { get; }
}
