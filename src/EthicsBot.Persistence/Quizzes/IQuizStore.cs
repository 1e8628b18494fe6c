namespace EthicsBot.Persistence.Quizzes;

public interface IQuizStore
{
    Task CreateSessionAsync(QuizSessionRecord session, CancellationToken cancellationToken = default);

    Task<QuizSessionRecord?> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default);

    Task CompleteSessionAsync(string sessionId, DateTimeOffset completedAt, CancellationToken cancellationToken = default);

    /// <summary>Stores the answer unless that session question is already answered; returns false then (nothing changes).</summary>
    Task<bool> TryRecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AnswerRecord>> GetSessionAnswersAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The session and its answers in the order <see cref="GetSessionAnswersAsync"/> gives, from one statement (one
    /// snapshot: no answer recorded between reading the session and its answers); null when the session is unknown.
    /// What an answer or "next" turn needs, in one round trip instead of two.
    /// </summary>
    Task<SessionWithAnswers?> GetSessionWithAnswersAsync(string sessionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AnswerRecord>> GetUserAnswersAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The user's latest answer to each question they answered (at most one row per question, oldest first): what an
    /// on-demand quiz needs, bounded by the size of the bank rather than by how many answers the user has given.
    /// </summary>
    Task<IReadOnlyList<AnswerRecord>> GetLatestAnswerPerQuestionAsync(string userId, CancellationToken cancellationToken = default);
}
