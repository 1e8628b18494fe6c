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

    public static bool IsComplete(QuizSessionRecord session, IReadOnlyList<AnswerRecord> answers)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(answers);
        return session.QuestionIds.All(id => answers.Any(a => a.QuestionId == id));
    }

    /// <summary>
    /// The answered card for a stored answer, graded as recorded (history is never re-graded). Carries the
    /// session summary once every question of the session has an answer.
    /// </summary>
    public JObject Answered(
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

        var summary = IsComplete(session, sessionAnswers)
            ? SummarySection.Build(Summarize(catalog, sessionAnswers), catalog, strings)
            : null;
        var references = ReferenceLines.For(context.Question, catalog, strings, Today(catalog));
        var result = new GradeResult(answer.OptionId, answer.Grade);
        return AnsweredCard.Build(context, strings, result, references, options with
        {
            ShowNext = options.ShowNext && summary is null,
            Summary = summary,
        });
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
