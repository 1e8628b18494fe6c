namespace EthicsBot.Dialogs.Quizzes;

using EthicsBot.Content.Catalog;
using EthicsBot.Dialogs.Cards;
using EthicsBot.Dialogs.Daily;
using EthicsBot.Dialogs.Routing;
using EthicsBot.Domain.Content;
using EthicsBot.Domain.Quizzes;
using EthicsBot.Persistence.Daily;
using EthicsBot.Persistence.Quizzes;
using Microsoft.Extensions.Logging;

/// <summary>
/// Grades and records an answer, from a button or typed. Stale, repeated and forged answers never count
/// and always get a card: Teams stops calling the bot for a card after one failed invoke.
/// </summary>
public sealed class AnswerFlow(
    IContentCatalogProvider catalogs,
    IQuizStore store,
    IDeliveryStore deliveries,
    QuizView view,
    TimeProvider time,
    ILogger<AnswerFlow> logger)
{
    public async Task<TurnOutcome> AnswerAsync(TurnInput input, AnswerCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(command);
        var strings = input.Strings;
        var pointer = input.State.Quiz;
        var catalog = catalogs.Current;
        // Typed answers go to the quiz on screen or, with none, to today's daily card (pushed outside any turn).
        var typedToDaily = command.SessionId is null && pointer is null;
        var sessionId = command.SessionId ?? pointer?.SessionId ?? DailySessionIds.For(input.UserId, view.Today(catalog));
        // The session and its answers in one read: every answer turn needs both.
        var stored = await store.GetSessionWithAnswersAsync(sessionId, cancellationToken);
        if (stored is null)
        {
            return typedToDaily
                ? Reject(input, AnswerRejection.NoCurrentQuestion, null, null, strings.NoQuestionWaiting)
                : Reject(input, AnswerRejection.UnknownSession, sessionId, command.QuestionId, strings.QuizEnded);
        }

        var (session, answers) = stored;
        if (session.UserId != input.UserId)
        {
            return Reject(input, AnswerRejection.OtherUsersSession, sessionId, command.QuestionId, strings.NotYourCard);
        }

        var current = QuizView.Current(session, pointer, answers);
        // A button names its own question; a typed answer takes the one on screen.
        var questionId = command.QuestionId
            ?? (current is not null && current.Index < session.QuestionIds.Count ? session.QuestionIds[current.Index] : null);
        if (questionId is null)
        {
            return Reject(input, AnswerRejection.NoCurrentQuestion, sessionId, null, strings.NoQuestionWaiting);
        }

        var index = QuizView.IndexOf(session, questionId);
        if (index < 0)
        {
            return Reject(input, AnswerRejection.QuestionNotInSession, sessionId, questionId, strings.InvalidAnswer);
        }

        var context = QuizView.Context(catalog, session, index);
        if (answers.FirstOrDefault(a => a.QuestionId == questionId) is { } existing)
        {
            Log.AnswerRejected(logger, AnswerRejection.AlreadyAnswered, sessionId, questionId, input.UserId, input.ActivityId);
            return AnsweredAgain(input, catalog, session, context, existing, answers, current?.Index == index);
        }

        if (current is null)
        {
            return Reject(input, AnswerRejection.SessionNotCurrent, sessionId, questionId, strings.QuizEnded);
        }

        if (index != current.Index)
        {
            return Reject(input, AnswerRejection.QuestionNotCurrent, sessionId, questionId, strings.InvalidAnswer);
        }

        if (context is null)
        {
            return await SkipRemovedAsync(input, catalog, session, answers, questionId, cancellationToken);
        }

        if (Grader.Grade(context.Question, command.OptionId) is not { } grade)
        {
            Log.AnswerRejected(logger, AnswerRejection.UnknownOption, sessionId, questionId, input.UserId, input.ActivityId);
            var again = QuestionCard.Build(context, strings, $"{strings.InvalidAnswer} {strings.ChooseAgain}");
            return TurnOutcome.Replace(input.State, again);
        }

        var now = time.GetUtcNow();
        var record = new AnswerRecord
        {
            SessionId = session.SessionId,
            UserId = input.UserId,
            QuestionId = context.Question.Id,
            TopicId = context.Question.TopicId,
            OptionId = grade.OptionId,
            Grade = grade.Grade,
            ContentVersion = session.ContentVersion,
            AnsweredAt = now,
        };
        if (!await store.TryRecordAnswerAsync(record, cancellationToken))
        {
            // A redelivered activity or a double click won the unique key first; show what it stored.
            answers = await store.GetSessionAnswersAsync(session.SessionId, cancellationToken);
            var first = answers.FirstOrDefault(a => a.QuestionId == record.QuestionId) ?? record;
            Log.AnswerRejected(logger, AnswerRejection.AlreadyAnswered, sessionId, questionId, input.UserId, input.ActivityId);
            return AnsweredAgain(input, catalog, session, context, first, answers, onScreen: true);
        }

        Log.AnswerRecorded(logger, record.QuestionId, session.SessionId, input.UserId, input.ActivityId);
        if (session.Kind == SessionKind.Daily && answers.Count == 0)
        {
            // The first answer proves the daily card arrived and stops its reminder.
            await deliveries.MarkSessionAnsweredAsync(session.SessionId, now, cancellationToken);
            Log.DailyAnswered(logger, session.SessionId, input.UserId);
        }

        answers = [.. answers, record];
        var state = input.State;
        if (QuizView.IsComplete(session, answers, catalog))
        {
            await store.CompleteSessionAsync(session.SessionId, now, cancellationToken);
            state = state with { Quiz = null };
            Log.QuizCompleted(logger, session.SessionId, input.UserId, answers.Count(a => a.IsCorrect), answers.Count);
        }

        var card = view.Answered(catalog, session, context, record, answers, strings, new AnsweredCardOptions { ShowNext = true });
        return TurnOutcome.Replace(state, card);
    }

    /// <summary>
    /// The first answer's card again. When it is the question on screen the state is repaired too, so a
    /// lost state write (two concurrent turns) can never leave the user stuck on an answered question.
    /// </summary>
    private TurnOutcome AnsweredAgain(
        TurnInput input, ContentCatalog catalog, QuizSessionRecord session, QuestionContext? context, AnswerRecord existing,
        IReadOnlyList<AnswerRecord> answers, bool onScreen)
    {
        var strings = input.Strings;
        var state = input.State;
        if (onScreen && state.Quiz is { } pointer)
        {
            state = state with { Quiz = QuizView.IsComplete(session, answers, catalog) ? null : pointer };
        }

        var card = context is null
            ? NoticeCard.Build(strings.QuestionRetired, TextStyle.Warning)
            : view.Answered(catalog, session, context, existing, answers, strings, new AnsweredCardOptions
            {
                Notice = strings.AlreadyAnswered,
                ShowNext = onScreen,
            });
        return TurnOutcome.Replace(state, card);
    }

    /// <summary>
    /// The question on screen was removed from the bank by a reload: it is skipped, not an error. The user gets the
    /// next question the bank still holds, or the end of the quiz when none is left.
    /// </summary>
    private async Task<TurnOutcome> SkipRemovedAsync(
        TurnInput input, ContentCatalog catalog, QuizSessionRecord session, IReadOnlyList<AnswerRecord> answers, string questionId,
        CancellationToken cancellationToken)
    {
        var strings = input.Strings;
        Log.AnswerRejected(logger, AnswerRejection.QuestionRetired, session.SessionId, questionId, input.UserId, input.ActivityId);
        var nextIndex = QuizView.NextAvailable(catalog, session, QuizView.IndexOf(session, questionId) + 1);
        if (QuizView.Context(catalog, session, nextIndex) is { } next)
        {
            var state = input.State with { Quiz = new QuizPointer { SessionId = session.SessionId, Index = nextIndex } };
            return TurnOutcome.Replace(state, NoticeCard.Build(strings.QuestionSkipped, TextStyle.Warning), QuestionCard.Build(next, strings));
        }

        if (QuizView.IsComplete(session, answers, catalog))
        {
            await store.CompleteSessionAsync(session.SessionId, time.GetUtcNow(), cancellationToken);
        }

        return TurnOutcome.Replace(input.State with { Quiz = null }, NoticeCard.Build(strings.QuestionRetired, TextStyle.Warning));
    }

    private TurnOutcome Reject(TurnInput input, AnswerRejection reason, string? sessionId, string? questionId, string text)
    {
        Log.AnswerRejected(logger, reason, sessionId, questionId, input.UserId, input.ActivityId);
        return TurnOutcome.Replace(input.State, NoticeCard.Build(text, TextStyle.Warning));
    }
}
