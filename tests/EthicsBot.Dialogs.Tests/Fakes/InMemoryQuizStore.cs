namespace EthicsBot.Dialogs.Tests.Fakes;

using EthicsBot.Persistence.Quizzes;

/// <summary>An honest in-memory IQuizStore: like the SQL store it keeps one answer per (session, question).</summary>
public sealed class InMemoryQuizStore : IQuizStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, QuizSessionRecord> sessions = new(StringComparer.Ordinal);
    private readonly List<AnswerRecord> answers = [];

    public IReadOnlyList<AnswerRecord> Answers
    {
        get
        {
            lock (gate)
            {
                return [.. answers];
            }
        }
    }

    public IReadOnlyList<QuizSessionRecord> Sessions
    {
        get
        {
            lock (gate)
            {
                return [.. sessions.Values.OrderBy(s => s.StartedAt)];
            }
        }
    }

    public Task CreateSessionAsync(QuizSessionRecord session, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (!sessions.TryAdd(session.SessionId, session))
            {
                throw new InvalidOperationException($"Session {session.SessionId} exists.");
            }
        }

        return Task.CompletedTask;
    }

    public Task<QuizSessionRecord?> GetSessionAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(sessions.GetValueOrDefault(sessionId));
        }
    }

    public Task CompleteSessionAsync(string sessionId, DateTimeOffset completedAt, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (sessions.TryGetValue(sessionId, out var session))
            {
                sessions[sessionId] = session with { CompletedAt = completedAt };
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> TryRecordAnswerAsync(AnswerRecord answer, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (answers.Any(a => a.SessionId == answer.SessionId && a.QuestionId == answer.QuestionId))
            {
                return Task.FromResult(false);
            }

            answers.Add(answer);
            return Task.FromResult(true);
        }
    }

    /// <summary>How many times a session's answers were read: the daily push reads them only for a session it did not just create.</summary>
    public int SessionAnswerReads { get; private set; }

    public Task<IReadOnlyList<AnswerRecord>> GetSessionAnswersAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            SessionAnswerReads++;
            return Task.FromResult<IReadOnlyList<AnswerRecord>>([.. answers.Where(a => a.SessionId == sessionId).OrderBy(a => a.AnsweredAt)]);
        }
    }

    /// <summary>How many times a session was read together with its answers (what answer and "next" turns do).</summary>
    public int SessionWithAnswersReads { get; private set; }

    public Task<SessionWithAnswers?> GetSessionWithAnswersAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            SessionWithAnswersReads++;
            return Task.FromResult(sessions.GetValueOrDefault(sessionId) is { } session
                ? new SessionWithAnswers(session, [.. answers.Where(a => a.SessionId == sessionId).OrderBy(a => a.AnsweredAt)])
                : null);
        }
    }

    public int LatestReads { get; private set; }

    public int FullReads { get; private set; }

    public Task<IReadOnlyList<AnswerRecord>> GetLatestAnswerPerQuestionAsync(string userId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            LatestReads++;
            return Task.FromResult<IReadOnlyList<AnswerRecord>>([.. answers.Where(a => a.UserId == userId)
                .GroupBy(a => a.QuestionId).Select(g => g.OrderBy(a => a.AnsweredAt).Last()).OrderBy(a => a.AnsweredAt)]);
        }
    }

    public Task<IReadOnlyList<AnswerRecord>> GetUserAnswersAsync(string userId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            FullReads++;
            return Task.FromResult<IReadOnlyList<AnswerRecord>>([.. answers.Where(a => a.UserId == userId).OrderBy(a => a.AnsweredAt)]);
        }
    }

    /// <summary>What the user store's DeleteAllAsync removes from the quiz tables.</summary>
    public int DeleteUser(string userId)
    {
        lock (gate)
        {
            var removed = answers.RemoveAll(a => a.UserId == userId);
            foreach (var id in sessions.Values.Where(s => s.UserId == userId).Select(s => s.SessionId).ToList())
            {
                sessions.Remove(id);
                removed++;
            }

            return removed;
        }
    }
}
