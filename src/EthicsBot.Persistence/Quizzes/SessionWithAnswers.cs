namespace EthicsBot.Persistence.Quizzes;

/// <summary>A session and its answers, oldest first, as one read saw them (<see cref="IQuizStore.GetSessionWithAnswersAsync"/>).</summary>
public sealed record SessionWithAnswers(QuizSessionRecord Session, IReadOnlyList<AnswerRecord> Answers);
