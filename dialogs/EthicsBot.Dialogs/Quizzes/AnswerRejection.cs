namespace EthicsBot.Dialogs.Quizzes;

/// <summary>Why an answer did not count; logged, and each maps to a card the user sees.</summary>
public enum AnswerRejection
{
    NoCurrentQuestion,
    UnknownSession,
    OtherUsersSession,
    QuestionNotInSession,
    AlreadyAnswered,
    SessionNotCurrent,
    QuestionNotCurrent,
    UnknownOption,
    QuestionRetired,
}
