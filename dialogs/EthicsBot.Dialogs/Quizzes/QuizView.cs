namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Strings;
using EthicsBot.Domain.Calendar;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Persistence.Quizzes;
using Newtonsoft.Json.Linq;

/// <summary>Builds the cards of a stored session, so answering, repeating and "next" all draw the same card.</summary>
public sealed class QuizView(TimeProvider time)
{
    private readonly QuizCardCache cards = new();

    /// <summary>The question at <paramref name="index"/>, or null when the index is out of range or a reload retired it.</summary>
    public static QuestionContext? Context(ContentCatalog catalog, QuizSessionRecord session, int index)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(session);
        if (index < 0 || index >= session.QuestionIds.Count
            || !catalog.QuestionsById.TryGetValue(session.QuestionIds[index], out var question))
        {
            return null;
        }

        return new QuestionContext
        {
            Question = question,
            SessionId = session.SessionId,
            Number = index + 1,
            Total = session.QuestionIds.Count,
            Topic = catalog.FindTopic(question.TopicId),
        };
    }

    /// <summary>The 0-based position of a question in the session, or -1 when it is not one of its questions.</summary>
    public static int IndexOf(QuizSessionRecord session, string questionId)
    {
        ArgumentNullException.ThrowIfNull(session);
        for (var i = 0; i < session.QuestionIds.Count; i++)
        {
            if (session.QuestionIds[i] == questionId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first question of the session without an answer, or -1 when every one has one.</summary>
    public static int FirstUnanswered(QuizSessionRecord session, IReadOnlyList<AnswerRecord> answers)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(answers);
        for (var i = 0; i < session.QuestionIds.Count; i++)
        {
            if (!answers.Any(a => a.QuestionId == session.QuestionIds[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the user stands in this session: the conversation's pointer when it points here; for a daily
    /// session, which arrives by a proactive message outside any turn, the first unanswered question; otherwise
    /// null, because the session is finished or was replaced by a newer quiz.
    /// </summary>
    public static QuizPointer? Current(QuizSessionRecord session, QuizPointer? pointer, IReadOnlyList<AnswerRecord> answers)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.CompletedAt is not null)
        {
            return null;
        }

        if (pointer?.SessionId == session.SessionId)
        {
            return pointer;
        }

        var open = session.Kind == SessionKind.Daily ? FirstUnanswered(session, answers) : -1;
        return open < 0 ? null : new QuizPointer { SessionId = session.SessionId, Index = open };
    }

    /// <summary>
    /// The first position at or after <paramref name="from"/> whose question the catalog still holds, or -1: a
    /// question a reload removed from the bank is skipped, so a session started before the reload still finishes.
    /// </summary>
    public static int NextAvailable(ContentCatalog catalog, QuizSessionRecord session, int from)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(session);
        for (var i = Math.Max(from, 0); i < session.QuestionIds.Count; i++)
        {
            if (catalog.QuestionsById.ContainsKey(session.QuestionIds[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every question of the session is answered or was removed from the bank by a reload.</summary>
    public static bool IsComplete(QuizSessionRecord session, IReadOnlyList<AnswerRecord> answers, ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(catalog);
        return session.QuestionIds.All(id => !catalog.QuestionsById.ContainsKey(id) || answers.Any(a => a.QuestionId == id));
    }

    public static bool IsComplete(QuizSessionRecord session, IReadOnlyList<AnswerRecord> answers)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(answers);
        return session.QuestionIds.All(id => answers.Any(a => a.QuestionId == id));
    }

    /// <summary>The question card of a session, from its template.</summary>
    public PreparedCard Question(ContentCatalog catalog, QuestionContext context, UiStrings strings, string? notice = null) =>
        cards.Question(catalog, context, strings, notice);

    /// <summary>
    /// The answered card for a stored answer, graded as recorded (history is never re-graded). Carries the
    /// session summary once every question of the session has an answer. Drawn from its template (<see cref="QuizCardCache"/>).
    /// </summary>
    public JToken Answered(
        ContentCatalog catalog, QuizSessionRecord session, QuestionContext context, AnswerRecord answer,
        IReadOnlyList<AnswerRecord> sessionAnswers, UiStrings strings, AnsweredCardOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(options);
        if (!context.Question.Grades.ContainsKey(answer.OptionId))
        {
            // A content edit removed the option this answer chose; the stored answer stands, the card cannot be drawn.
            return NoticeCard.Build(strings.QuestionRetired, TextStyle.Warning);
        }

        // The summary closes the session: there is no next question any more.
        var result = new GradeResult(answer.OptionId, answer.Grade);
        var summary = IsComplete(session, sessionAnswers, catalog) ? Summarize(catalog, sessionAnswers) : null;
        return cards.Answered(catalog, context, strings, result, Today(catalog), options with
        {
            ShowNext = options.ShowNext && summary is null,
            Summary = null,
        }, summary);
    }

    /// <summary>Today in the calendar's zone, for the legal status of references ("in force from …").</summary>
    public DateOnly Today(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return TimeZones.LocalDate(time.GetUtcNow(), TimeZones.Resolve(catalog.Calendar.DefaultTimeZone));
    }

    private static SessionSummary Summarize(ContentCatalog catalog, IReadOnlyList<AnswerRecord> answers) =>
        SessionSummary.From(answers
            .OrderBy(a => a.AnsweredAt)
            .Where(a => catalog.QuestionsById.ContainsKey(a.QuestionId))
            .Select(a => (catalog.QuestionsById[a.QuestionId], new GradeResult(a.OptionId, a.Grade))));
}
